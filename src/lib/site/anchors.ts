/** Fragment ids of the explainer page and its list of sources, defined once for links and data files. */
/** A source on its story's list of sources, by its number there (first citation): "Source 3" is #source-3. */
export const sourceAnchor = (number: number) => `source-${number}`;
export const companyAnchor = (id: string) => `company-${id}`;
/**
 * A claim's note, by the number its file name starts with: the claim
 * "<story>/08-annualized-revenue" is #claim-08. Short, because the page links
 * every claim several times, and as stable as the file's number. A name without
 * a number is used whole. Two claims of a story with one number are refused
 * (see build-article-pages.ts).
 */
export const claimAnchor = (id: string) => {
  const name = id.split('/').pop() ?? id;
  return `claim-${/^(\d+)-/.exec(name)?.[1] ?? name}`;
};
/** The claim's words marked in the article, for the note's link back. */
export const claimTextAnchor = (id: string) => `${claimAnchor(id)}-text`;
/** A timeline event on the explainer page. */
export const eventAnchor = (id: string) => `event-${id}`;
/** The paragraph at `index` (0-based) of a seed article. */
export const paragraphAnchor = (index: number) => `paragraph-${index + 1}`;
