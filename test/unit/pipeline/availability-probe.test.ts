// The availability-probe check: CEO fraud's opener, "are you at your desk?" and nothing a filter
// could read yet, from a sender whose word is not to be taken, in the offices' languages and
// charsets. And the honest mail: a colleague people here write to, a question about an appointment,
// a service's boilerplate, the question further down a long letter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availabilityProbeCheck } from '../../../src/pipeline/checks/availability-probe.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-availability-probe-');
const run = hitLines(availabilityProbeCheck, { store: temp, recipients: ['m.weiss@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8', subject = 'Quick task'): Buffer => plainTextMail(from, 'm.weiss@example.com', body, charset, subject);

describe('the availability probe', () => {
  it('the "CEO" on Gmail asking whether the reader is at the desk (the eighteenth held-out pair)', async () => {
    const body = 'Hi Melanie, are you at your desk? I need you to take care of a task for me discreetly. I\'m in back-to-back meetings with the bank and can\'t take calls right now.\n\nMarkus\nSent from my iPhone';
    assert.deepEqual(await run(mail('Markus Brandt <markus.brandt.ceo@gmail.com>', body, 'us-ascii'), authenticatedAs('gmail.com')), [
      'AVAILABILITY_PROBE: opens with "are you at your desk?"; From markus.brandt.ceo@gmail.com (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Frau Weiss, sind Sie heute noch im Büro erreichbar? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.', 'iso-8859-1'],
      ['Hallo Monika, bist du gerade am Platz? Ich brauche schnell etwas.', 'iso-8859-1'],
      ['Francesca, sei in ufficio? Ho bisogno che mi gestisci una cosa con urgenza e massima discrezione.', 'iso-8859-15'],
      ['Hola Carmen, ¿estás en la oficina? Necesito tu ayuda con un asunto confidencial.', 'windows-1252'],
      ['Pani Agnieszko, jest pani w biurze? Potrzebuję pilnie pomocy w poufnej sprawie.', 'iso-8859-2'],
      ['Ольга, добрый день. Вы на месте? Нужно срочно решить один вопрос.', 'koi8-r'],
      ['Ελένη καλημέρα, είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια πληρωμή.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Boss <boss.private@gmail.com>', body, charset), authenticatedAs('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.match(hits[0]!, /^AVAILABILITY_PROBE: opens with "/);
    }
  });

  it('not a colleague people here write to, an appointment asked about, a boilerplate, nor the question far down a letter', async () => {
    await temp.store.known.record('m.weiss@example.com', ['markus.private@gmail.com'], Date.now());
    assert.deepEqual(await run(mail('Markus <markus.private@gmail.com>', 'Are you in the office? I left my badge on my desk.'), authenticatedAs('gmail.com')), []);
    for (const body of [
      'Are you available for a call on Tuesday at 10:00 to go through the delivery schedule?',
      'Sind Sie am Donnerstag im Büro? Dann bringe ich die Muster vorbei.',
      'DocuSign: niezależnie od tego, czy jesteś w biurze, w domu czy w podróży, podpiszesz dokument w kilka minut.',
      'Please find attached the revised delivery plan for week 48.\n\n' + 'The pallets are ready and the driver will call ahead. '.repeat(12) + '\nAre you in the office today?',
    ]) assert.deepEqual(await run(mail('X <x@stranger.example>', body, 'utf-8', 'Delivery')), [], body);
  });
});
