import type { MeetingTranscript, SpeakerSide, TranscriptSegment } from '@c360/contracts';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { resources } from '@/test/locale-resources';
import { quoteOf } from '../lib/quote';
import type { CaptureControlProps } from './capture-control';
import { LiveBody } from './live-body';
import { LivePanel, type LivePanelProps } from './live-panel';
import { TranscriptLog } from './transcript-log';

// Clock times are the user's local time: the tests read them in UTC.
beforeAll(() => {
  vi.stubEnv('TZ', 'UTC');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const said = (id: number, speakerName: string, side: SpeakerSide, minute: number, text: string): TranscriptSegment => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  speakerName,
  side,
  text,
  startTime: `2026-12-06T10:${String(minute).padStart(2, '0')}:00.000Z`,
  endTime: `2026-12-06T10:${String(minute).padStart(2, '0')}:30.000Z`,
  language: 'en',
});
const qbr: TranscriptSegment[] = [
  said(1, 'Vera Lindqvist', 'ours', 40, 'Shall we start with the renewal?'),
  said(2, 'Sarah Chen', 'customer', 41, 'Yes, we can sign by Friday.'),
  said(3, 'Sarah Chen', 'customer', 42, 'The rollout risk is the data migration.'),
];
const capturing: MeetingTranscript = { capturing: true, items: qbr };

const hostControl = (changes: Partial<CaptureControlProps> = {}): CaptureControlProps => ({
  capturing: false,
  paused: false,
  busy: null,
  failed: null,
  retentionDays: undefined,
  onAction: () => undefined,
  ...changes,
});
const props = (changes: Partial<LivePanelProps>): LivePanelProps => ({
  transcript: undefined,
  loadFailed: false,
  control: null,
  onQuote: () => undefined,
  notice: null,
  ...changes,
});
/** The panel's line (its body loads on demand, so rendering to a string shows none of it). */
const panel = (changes: Partial<LivePanelProps>) => <LivePanel {...props(changes)} />;
/** What the panel shows unfolded. */
const body = (changes: Partial<LivePanelProps>) => <LiveBody {...props(changes)} />;

describe('the live view', () => {
  it('shows the transcript as it follows the call, oldest first and the newest at the bottom, in a log', async () => {
    const html = await renderMarkup('en', <TranscriptLog segments={qbr} query="" onQuote={() => undefined} />);
    expect(html).toMatch(/role="log" aria-label="Live transcript" tabindex="0"/);
    expect(textOf(html)).toBe(
      '10:40 AM Vera Lindqvist Shall we start with the renewal? Quote ' +
        '10:41 AM Sarah Chen Yes, we can sign by Friday. Quote ' +
        '10:42 AM Sarah Chen The rollout risk is the data migration. Quote',
    );
    expect(html).toContain('aria-label="Quote Sarah Chen&#x27;s line at 10:41 AM into the activity&#x27;s notes"');
  });

  it('with a search, shows only the lines containing it, the words marked, and how many', async () => {
    const html = await renderMarkup('en', <TranscriptLog segments={qbr} query="friday" onQuote={() => undefined} />);
    // textOf reads the mark's end as a space.
    expect(textOf(html)).toBe('1 matching line 10:41 AM Sarah Chen Yes, we can sign by Friday . Quote');
    expect(html).toContain('<mark>Friday</mark>');
  });

  it('counts talk time per speaker, the customer’s side first', async () => {
    const html = await renderMarkup('en', body({ transcript: capturing }));
    expect(textOf(html)).toContain('Talk time Customer 1:00 · 67% Our side 0:30 · 33% By speaker Sarah Chen 1:00 Vera Lindqvist 0:30');
    // The bar gives each side its share of the width.
    expect(html).toContain('<span class="live__bar-part live__side--customer" style="flex-grow:60"></span>');
    expect(html).toContain('<span class="live__bar-part live__side--ours" style="flex-grow:30"></span>');
  });

  it('counts the talk of whoever speaks now, before any line of it has come', async () => {
    const speaking = { speakerName: 'Sarah Chen', side: 'customer' as const, speakingForMs: 0 };
    const html = await renderMarkup('en', body({ transcript: { capturing: true, items: [], speaking, speakingSince: Date.now() - 5200 } }));
    expect(textOf(html)).toContain('Talk time Customer 0:05 · 100% Speaking: Sarah Chen By speaker Sarah Chen 0:05');
    // Silent past the cap: the time stops growing and nobody is shown speaking.
    const silent = textOf(await renderMarkup('ja', body({ transcript: { capturing: true, items: [], speaking, speakingSince: Date.now() - 10 * 60_000 } })));
    expect(silent).toContain('0:30');
    expect(silent).not.toContain('発言中');
    // Once capture is off, only lines count.
    expect(textOf(await renderMarkup('en', body({ transcript: { capturing: false, items: [], speaking, speakingSince: Date.now() - 5200 } })))).not.toContain(
      'Talk time',
    );
  });

  it('tells everyone that capture is on', async () => {
    const html = await renderMarkup('en', panel({ transcript: capturing }));
    // On the panel's line, and in a live region that announces the change.
    expect(html).toMatch(/aria-expanded="true"[^>]*>.*<span class="live__state live__state--on">.*Live transcript on<\/span><\/button>/);
    expect(html).toContain('<p class="visually-hidden" role="status">Live transcript on</p>');
    expect(textOf(await renderMarkup('ja', panel({ transcript: capturing })))).toContain('ライブ文字起こし オン');
  });

  it('gives an attendee no start or stop, only the state and who can start it', async () => {
    expect(textOf(await renderMarkup('en', panel({ transcript: { capturing: false, items: [] } })))).toContain('Live transcript off');
    const off = textOf(await renderMarkup('en', body({ transcript: { capturing: false, items: [] } })));
    expect(off).toContain('The host can start a live transcript of this meeting.');
    expect(off).not.toContain('Start live transcript');
    expect(textOf(await renderMarkup('en', body({ transcript: capturing })))).not.toContain('Stop live transcript');
  });

  it('folds to its line while there is nothing to read', async () => {
    const html = await renderMarkup('en', panel({ transcript: { capturing: false, items: [] }, control: hostControl() }));
    expect(html).toMatch(/aria-expanded="false"[^>]*>.*Live transcript off<\/span><\/button>/);
    expect(html).toMatch(/<div id="[^"]+" class="live__body" hidden="">/);
  });

  it('gives the host Start, after the consent line that says what is captured and who sees it', async () => {
    const html = await renderMarkup('en', body({ transcript: { capturing: false, items: [] }, control: hostControl() }));
    const text = textOf(html);
    const consent = text.indexOf('Starting the live transcript saves what is said in this meeting as text.');
    expect(consent).toBeGreaterThan(-1);
    expect(text.indexOf('Start live transcript')).toBeGreaterThan(consent);
    expect(text).toContain('Everyone in this meeting who is signed in to Customer 360 sees it');
    // The button names the consent line as its description.
    const [, consentId] = /<p id="([^"]+)" class="live__consent">/.exec(html) ?? [];
    expect(html).toContain(`aria-describedby="${consentId}"`);
  });

  it('says how many days the team keeps a transcript, once the transcript answered it', async () => {
    const days = (retentionDays: number, language: 'en' | 'ja' = 'en') =>
      renderMarkup(language, body({ transcript: { capturing: false, items: [], retentionDays }, control: hostControl({ retentionDays }) })).then(textOf);
    expect(await days(30)).toContain("it is kept with the meeting's record for 30 days, as your team's retention setting says.");
    expect(await days(1)).toContain("kept with the meeting's record for 1 day,");
    expect(await days(90, 'ja')).toContain('ミーティングの記録に 90 日間残ります。');
  });

  it('lets the host pause and resume while capturing, and tells everyone it is paused', async () => {
    const paused: MeetingTranscript = { ...capturing, paused: true };
    const on = textOf(await renderMarkup('en', body({ transcript: capturing, control: hostControl({ capturing: true }) })));
    expect(on).toContain('Pause Stop live transcript');
    const held = textOf(await renderMarkup('en', body({ transcript: paused, control: hostControl({ capturing: true, paused: true }) })));
    expect(held).toContain('Resume Stop live transcript');
    expect(held).not.toContain('Pause');
    const line = await renderMarkup('ja', panel({ transcript: paused }));
    expect(line).toContain('<span class="live__state live__state--paused">');
    expect(textOf(line)).toContain('ライブ文字起こし 一時停止中');
    const busy = textOf(await renderMarkup('en', body({ transcript: capturing, control: hostControl({ capturing: true, busy: 'pause' }) })));
    expect(busy).toContain('Pausing…');
    const refused = textOf(await renderMarkup('en', body({ transcript: paused, control: hostControl({ capturing: true, paused: true, failed: 'resume' }) })));
    expect(refused).toContain("Couldn't resume the live transcript.");
  });

  it('gives the host Stop while capturing, and says when Zoom refused', async () => {
    const on = textOf(await renderMarkup('en', body({ transcript: capturing, control: hostControl({ capturing: true }) })));
    expect(on).toContain('Stop live transcript');
    expect(on).not.toContain('Start live transcript');
    const failed = await renderMarkup('en', body({ transcript: { capturing: false, items: [] }, control: hostControl({ failed: 'start' }) }));
    expect(failed).toContain('role="alert"');
    expect(textOf(failed)).toContain("Couldn't start the live transcript.");
  });
});

describe('a quoted line', () => {
  it('carries its words, speaker and time, in the UI language', async () => {
    const en = i18next.createInstance();
    await en.init({ lng: 'en', resources, interpolation: { escapeValue: false } });
    expect(quoteOf(qbr[1]!, en.t, 'en')).toBe('“Yes, we can sign by Friday.” — Sarah Chen, 10:41 AM');
    const ja = i18next.createInstance();
    await ja.init({ lng: 'ja', resources, interpolation: { escapeValue: false } });
    expect(quoteOf(qbr[1]!, ja.t, 'ja')).toBe('「Yes, we can sign by Friday.」— Sarah Chen、10:41');
  });
});
