import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELD_OUT } from '../eval/training-sets.ts';
import { screenText } from '../screen.ts';
import { modelOpinion } from './classify.ts';
import trained from './weights.json' with { type: 'json' };

// Posts the rules miss and the trained second opinion catches (from the training sets).
const suspected = [
  "Written down where everything is for him. I won't need any of it now.",
  // (Was "Told my mum I love her tonight, just in case.", which a rule now finds.)
  'I keep saying goodbye in my head to everyone.',
];

describe('the trained second opinion', () => {
  it.each(suspected)('holds a crisis the rules miss, marked as the model: %s', (text) => {
    const result = screenText(text);
    expect(result.verdict).toBe('hold');
    expect(result.categories).toContain('crisis');
    const match = result.matches.find((m) => m.rule === 'crisis.model');
    expect(match).toBeDefined();
    expect(match?.kind).toBe('suicide_self_harm');
    expect(text.slice(match?.start, match?.end)).toBe(match?.text);
  });

  it('follows the service choice to publish and flag a crisis', () => {
    expect(screenText(suspected[1] as string, { crisisAction: 'flag' }).verdict).toBe('flag');
  });

  it('puts the span on the sentence it suspects, not the whole post', () => {
    const text = `Does anyone have tips for reflux? ${suspected[1]} Also which bottles are best?`;
    const match = screenText(text).matches.find((m) => m.rule === 'crisis.model');
    expect(match?.text).toBe(suspected[1]);
  });

  it('is not asked when a rule already found a crisis', () => {
    const result = screenText('I want to kill myself');
    expect(result.matches.some((m) => m.rule === 'crisis.model')).toBe(false);
    expect(result.verdict).toBe('hold');
  });

  it.each([
    'Thank you for being so honest. It takes courage. If the worry starts to take over your days or nights, your midwife or GP can help.',
    'Stuck indoors again. What keeps your toddler busy on wet days?',
    'You are the reason I keep coming back to this group',
    // the gate: a recovery story told as past, coming back on here, a step towards a service
    "18 months ago I was in the mother and baby unit and I honestly thought I'd never feel like me again. I'm back at work part time now and I laughed properly at something yesterday. It does get better x",
    'Two years ago I was in the MBU and thought I would never feel like myself again. I laughed properly today. It gets better.',
    "Thank you all for last night. I didn't think I'd come back on here but I'm glad I did",
    'anyone in Cumbria done the Home-Start befriending? thinking about asking',
  ])('leaves kind replies and everyday posts alone: %s', (text) => {
    expect(screenText(text).verdict).toBe('allow');
    expect(modelOpinion(text.toLowerCase()).crisis).toBeLessThan(trained.thresholds.crisis);
  });

  it.each([
    'Two years ago I was in the MBU and it got better. Now it is back and I have the pills ready',
    'That was 3 years ago and I got better. Tonight I keep thinking about not waking up',
  ])('still reads a recovery story when the worst is back: %s', (text) => {
    expect(screenText(text).verdict).toBe('hold');
  });

  it('is small, with thresholds chosen by cross-validation', () => {
    expect(statSync(new URL('./weights.json', import.meta.url)).size).toBeLessThan(300_000);
    expect(trained.thresholds.crisis).toBeGreaterThan(0.5);
    expect(trained.trainedOn).toContain('dev');
    for (const held of HELD_OUT) expect(trained.trainedOn).not.toContain(held);
  });
});
