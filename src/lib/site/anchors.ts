/** Stable fragment ids of the explainer page, defined once for links and data files. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const companyAnchor = (id: string) => `company-${id}`;
/** A claim's note; ids of claims are "<article>/<nn>-<slug>", and the file name is unique within an article. */
export const claimAnchor = (id: string) => `claim-${id.split('/').pop()}`;
/** The claim's words marked in the article, for the note's link back. */
export const claimTextAnchor = (id: string) => `${claimAnchor(id)}-text`;
/** A timeline event on the explainer page. */
export const eventAnchor = (id: string) => `event-${id}`;
/** The paragraph at `index` (0-based) of a seed article. */
export const paragraphAnchor = (index: number) => `paragraph-${index + 1}`;
