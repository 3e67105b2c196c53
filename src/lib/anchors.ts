/** Stable fragment ids of the explainer page, defined once for links and data files. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const companyAnchor = (id: string) => `company-${id}`;
export const claimAnchor = (id: string) => `claim-${id.replace(/[^a-z0-9-]+/g, '-')}`;
export { eventAnchor } from './timeline';
