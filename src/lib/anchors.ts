/** Stable fragment ids of the explainer page, defined once for links and data files. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const companyAnchor = (id: string) => `company-${id}`;
/** A claim's note; ids of claims are "<article>/<nn>-<slug>", and the file name is unique within an article. */
export const claimAnchor = (id: string) => `claim-${id.split('/').pop()}`;
/** The claim's words marked in the article, for the note's link back. */
export const claimTextAnchor = (id: string) => `${claimAnchor(id)}-text`;
export { eventAnchor } from './timeline';
