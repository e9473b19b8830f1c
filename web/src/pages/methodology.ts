/**
 * Methodology: the counting model, the indices and their caveats in plain words, with the thresholds the
 * server uses (so the page cannot drift from them: they are imported, not copied).
 */
import { h, panel } from '../dom.ts';
import { href } from '../state.ts';
import type { Page } from '../main.ts';
import { LOW_COUNT } from '../../../src/analytics/_periods.ts';
import { CENTRED_SHARE, CREDIBLE, PRIOR_EVENTS } from '../../../src/analytics/_thresholds.ts';

const p = (...t: Array<string | Node>) => h('p', {}, ...t);
const li = (...t: Array<string | Node>) => h('li', {}, ...t);

export const methodologyPage: Page = {
  title: 'Methodology',
  render(root) {
    root.append(h('h1', {}, 'Methodology', h('span', { class: 'sub' }, ' — how the numbers are made, and what they cannot say')),
      h('div', { class: 'grid two methodology' },
        panel('Events and what they count',
          p('Every number here is a count of happenings, built from events coded from news text (or imported from GDELT, ICEWS or PLOVER files). ',
            'An event is one act reported in one sentence: a visit, a meeting, an agreement, a protest, a sanction… ',
            'Events that report the same act are one happening, counted once (see the caveats). ',
            'Happenings are what was reported, not everything that happened: a busy press means more of them, a quiet one fewer.'),
          p('The focal country\'s events are those where it acts or is acted upon. Its partners in an event are the other side: ',
            'the recipients when it acts, the actors when it is the target. When several countries act together with no recipient ',
            '(a joint statement, a signing, a meeting with no host) they are each other\'s partners.'),
          p('An event with two partners counts once for each partner, so partner counts are event–partner pairs. ',
            'A vector (Russia, China, the EU…) counts an event once even when several of its members take part.'),
          p('Rejected events (on the Events page\'s review queue) leave every measure. ',
            'An event dated well after its article (a plan, a "strategy up to 2035") or in the future is left out and counted apart.')),
        panel('Dates and periods',
          p('An event counts in a month or quarter only when its date gives the month; one dated only by its year counts in that year ',
            'but in no month of it. Such events are reported beside each series as "imprecise", and undated ones as "undated"; ',
            'both are in the window totals. They are never piled onto January.'),
          p(`A period with fewer than ${LOW_COUNT} events is flagged (lowCount in the JSON) and drawn pale: its shares rest on too little to read.`),
          p('Each series says how many documents and sources stand behind each period (in its tooltip and under the chart). ',
            'A source is the site a document came from (its web address), or the file it was read from. ',
            'Many events from one source are one voice: a peak written by one outlet is weaker evidence than the same peak across several.')),
        panel('Indices',
          h('ul', {},
            li(h('strong', {}, 'Share'), ': a vector\'s or partner\'s events over all of the focal country\'s. Every share comes with the count behind it.'),
            li(h('strong', {}, 'Balance (entropy)'), ': 0 when everything goes to one vector, 1 when it is spread evenly over all of them.'),
            li(h('strong', {}, 'Concentration (HHI)'), ': the sum of squared shares, rescaled so 0 is even and 1 is one vector.'),
            li(h('strong', {}, 'Dominance'), ': the largest share over the second. When two are tied at the top there is no dominant vector, and the page says "tie".'),
            li(h('strong', {}, 'Warmth'), `: cooperation minus conflict over events, from −1 to +1. Shown smoothed: each partner's share of cooperative events is `,
              `pulled toward the focal country's usual share, as if ${PRIOR_EVENTS} typical events were added, with a ${Math.round(CREDIBLE * 100)}% interval. `,
              'So one cancelled trip cannot make a country the coldest on the map; with many events the smoothed value tends to the raw one.'),
            li(h('strong', {}, 'Visits'), ': by the visitor\'s office, from the office-holders the coder knows (head of state or government, minister, other; ',
              'unknown when the sentence does not say). Organisations are visited but do not visit. State and official visits are marked where the text says so.'),
            li(h('strong', {}, 'Money'), ': split equally between an event\'s partners and converted to US dollars at the rate of the event\'s year; money that cannot be converted is listed, never dropped.'),
            li(h('strong', {}, 'Brokerage'), ': betweenness in the network of who takes part in events together. ',
              `It depends on what was collected: on a corpus chosen around one country that country is central by construction. `,
              `The Network page says which data it used and warns when more than ${Math.round(CENTRED_SHARE * 100)}% of the events involve one country.`))),
        panel('Caveats',
          h('ul', {},
            li('Coding is automatic: read the evidence sentence of any event that matters (every event links to its source and its review log).'),
            li('Counts are of happenings, not articles: reports of the same act (same type and mode, same parties, dates within ',
              'two days at their precision, same place when both name one) are one happening, counted once through its most precisely ',
              'dated report; the two days run across a year\'s end too. The grouping is cautious: reports three days apart, at two ',
              'named places, or naming one party only stay separate. ',
              'Add unit=reports to an API call (or --unit reports on the command line) to count every report instead.'),
            li('Tone is coarse: PLOVER classes acts as cooperation or conflict, not how warm a meeting felt.'),
            li('Small numbers move a lot: look at the counts and the intervals before reading a change.')),
          p('Every chart can be downloaded as CSV or PNG (the links above it). The ', h('a', { href: href('events') }, 'Events'),
            ' page lists every event behind the numbers.'))));
  },
};
