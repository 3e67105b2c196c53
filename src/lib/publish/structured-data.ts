/**
 * JSON-LD for an explainer, generated from the collections: a NewsArticle
 * (our explainer, based on the original article), a Dataset (the data
 * files) and a ClaimReview per checked claim, in one linked graph. A claim
 * nobody has checked yet gets no review.
 */
import type { Qualifier, Verdict } from '../explainer/verdicts';
import { verdictName } from '../explainer/verdicts';

export interface StructuredDataInput {
  /** Absolute URL of the explainer page. */
  pageUrl: string;
  headline: string;
  description: string;
  /** The article; its address and publisher, when recorded. */
  original: { title: string; url: string | undefined; publisher: string | undefined };
  /** Absolute URLs of the data files, with their media types. */
  dataFiles: readonly { url: string; encodingFormat: string }[];
  claims: readonly {
    anchor: string;
    quote: string;
    verdict: Verdict;
    qualifier?: Qualifier | undefined;
  }[];
  /** Who the explainer is by (an organisation: the desk), and its dates (YYYY-MM-DD) when the story gives them. */
  author: string;
  datePublished: string | undefined;
  dateModified: string | undefined;
}

/**
 * A 1–5 rating for ClaimReview consumers; the words in alternateName are what
 * matter, and they are the page's own ("Supported (company figure)"). A
 * qualifier leaves the rating as it is: it says where the evidence comes
 * from, not how far the claim holds.
 */
const RATING: Record<Exclude<Verdict, 'unchecked'>, number | null> = {
  wrong: 1,
  partly: 3,
  supported: 5,
  unverifiable: null,
  opinion: null,
};

export function explainerJsonLd(input: StructuredDataInput): Record<string, unknown> {
  const articleId = `${input.pageUrl}#explainer`;
  const datasetId = `${input.pageUrl}#data`;
  // The original article and our desk are described once and referred to by
  // id: every ClaimReview names both, and the page's bytes are budgeted.
  const original = { '@id': `${input.pageUrl}#original` };
  const author = { '@id': `${input.pageUrl}#author` };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': articleId,
        headline: input.headline,
        description: input.description,
        url: input.pageUrl,
        mainEntityOfPage: input.pageUrl,
        author: { '@type': 'Organization', ...author, name: input.author },
        ...(input.datePublished && { datePublished: input.datePublished }),
        ...((input.dateModified ?? input.datePublished) && { dateModified: input.dateModified ?? input.datePublished }),
        isBasedOn: {
          '@type': 'NewsArticle',
          ...original,
          headline: input.original.title,
          ...(input.original.url && { url: input.original.url }),
          ...(input.original.publisher && { publisher: { '@type': 'Organization', name: input.original.publisher } }),
        },
        citation: { '@id': datasetId },
      },
      {
        '@type': 'Dataset',
        '@id': datasetId,
        name: `Companies and timeline behind “${input.original.title}”`,
        description:
          'The comparison table and the timeline of the exchange, each value with its date, confidence and sources.',
        url: `${input.pageUrl}#data`,
        isBasedOn: original,
        distribution: input.dataFiles.map((file) => ({
          '@type': 'DataDownload',
          contentUrl: file.url,
          encodingFormat: file.encodingFormat,
        })),
      },
      ...input.claims.flatMap((claim) => {
        if (claim.verdict === 'unchecked') return [];
        const rating = RATING[claim.verdict];
        return [
          {
            '@type': 'ClaimReview',
            url: `${input.pageUrl}#${claim.anchor}`,
            claimReviewed: claim.quote,
            itemReviewed: { '@type': 'Claim', appearance: original },
            author,
            reviewRating: {
              '@type': 'Rating',
              alternateName: verdictName(claim.verdict, claim.qualifier),
              ...(rating === null ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
            },
            isPartOf: { '@id': articleId },
          },
        ];
      }),
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" escaped so no text can
 * close the element or open a comment, and U+2028 and U+2029 escaped so the
 * text is also a valid JavaScript string for the engines older than ES2019
 * that still read them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
