// The secret-transfer check: secrecy asked for and money asked for, in the offices' languages and
// charsets, from a sender whose word is not to be taken. And the honest mail that has one of them:
// a legal footer's "do not disclose", an invoice, an authenticated firm's confidential deal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { secretTransferCheck } from '../../../src/pipeline/checks/secret-transfer.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { hitLines } from './util.ts';

const run = hitLines(secretTransferCheck);
const mail = (from: string, body: string, charset = 'utf-8', extra = ''): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: carol@example.com\r\n${extra}Subject: Project\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const AUTH = (d: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: d, dkimPass: [d], authenticatedDomain: d });
const IBAN = 'GB79 BARC 2004 1583 9274 61';

describe('secret transfer requests', () => {
  it('the "lawyer" on the CEO\'s instruction, replies to Outlook.com', async () => {
    const raw = mail('Jonathan Whitfield <j.whitfield@harrington-cole-llp.example>', `On the instruction of Mr. Thomas Müller: this matter must not be discussed with anyone within the company. A refundable escrow deposit of EUR 184,500.00 must be transferred today. IBAN: ${IBAN}`,
      'utf-8', 'Reply-To: j.whitfield.counsel@outlook.com\r\n');
    assert.deepEqual(await run(raw, AUTH('harrington-cole-llp.example')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("not be discussed with anyone") and for EUR 184,500.00; From j.whitfield@harrington-cole-llp.example (replies go to j.whitfield.counsel@outlook.com)',
    ]);
  });

  it('kept from the other members of staff (the fifty-eighth pair\'s "solicitors")', async () => {
    const body = `Under the non-disclosure agreement signed by the parties, this matter must not be discussed with other members of staff until the public announcement. A deposit of GBP 186,400.00 must be received in our client account today. IBAN: ${IBAN}`;
    assert.deepEqual((await run(mail('Edward Vance <e.vance@hallamvance-solicitors.example>', body, 'us-ascii'))).map((h) => h.split(':')[0]), ['SECRET_TRANSFER_REQUEST']);
    assert.equal((await run(mail('E. Vance <e.vance@hallamvance-solicitors.example>', `Please do not share this with any staff members. Transfer EUR 20,000 today to IBAN ${IBAN}.`, 'us-ascii'))).length, 1);
    // "con ninguna otra persona de la empresa" (the sixtieth pair's "abogado"), "con nessun'altra persona"
    assert.equal((await run(mail('I. Ferrer <i.ferrer@ferrervidal-abogados.example>', `Le ruego que no comente esta operación con ninguna otra persona de la empresa. Depósito de 386.500,00 € en la cuenta IBAN ${IBAN}.`, 'iso-8859-15'))).length, 1);
    // "weder mit Ihrem Team noch mit Frau Schäfer" (the sixty-second pair's "board member" on WEB.DE)
    assert.equal((await run(mail('Dr. J. Hölscher <j.hoelscher.vorstand@web.example>', 'Bitte sprechen Sie das Thema weder mit Ihrem Team noch mit Frau Schäfer an. Können Sie die Zahlung von 486.500,00 EUR heute noch als Eilüberweisung ausführen?', 'iso-8859-1'))).length, 1);
    // other colleagues not to be involved (the sixty-fourth pair's "avvocato"), in the offices' languages
    for (const [body, charset] of [
      ['Il Dott. Böhm mi ha chiesto di coordinarmi esclusivamente con Lei e di non coinvolgere altri colleghi. Entro oggi è necessario disporre il versamento della caparra di € 186.400,00.', 'iso-8859-15'],
      // an elided article among the words between (the seventy-third pair's fake lawyer)
      ["La prego di non parlare dell'operazione con altri colleghi. Il deposito cauzionale di EUR 186.400,00 va versato entro domani.", 'iso-8859-15'],
      ['Please do not involve other colleagues. The deposit of EUR 186,400.00 must be transferred today.', 'us-ascii'],
      ['Bitte keine anderen Kollegen einbeziehen. Überweisen Sie heute 186.400,00 EUR.', 'iso-8859-1'],
      ['No involucre a otros compañeros. Transfiera hoy 186.400,00 € a la cuenta indicada.', 'iso-8859-15'],
      ['Proszę nie angażować innych współpracowników. Przelew 186 400,00 zł trzeba zlecić dzisiaj.', 'iso-8859-2'],
      ['Не привлекайте других сотрудников. Перевод 1 860 000 руб. нужно провести сегодня.', 'koi8-r'],
      ['Μην εμπλέξετε άλλους συναδέλφους. Η πληρωμή των 186.400,00 € πρέπει να γίνει σήμερα.', 'iso-8859-7'],
    ] as const) assert.equal((await run(mail('Avv. Rinaldi <f.rinaldi@rinaldi-legal.example>', body, charset))).length, 1, body);
    assert.equal((await run(mail('Avv. Rossi <rossi@studio-rossi.example>', `La prego di non parlarne con nessun'altra persona. Bonifico di 86.500,00 € su IBAN ${IBAN}.`, 'iso-8859-15'))).length, 1);
  });

  it('the "auditor" whose payment is to follow: secrecy now, a payment to make, the account later', async () => {
    const body = 'Nei prossimi giorni sarà necessario disporre un pagamento di regolarizzazione IVA su un conto vincolato; Le invierò le istruzioni. '
      + 'Data la natura riservata della verifica, La prego di non inoltrare questa comunicazione ad altri uffici.';
    assert.deepEqual(await run(mail('Giorgio Rinaldi <g.rinaldi@revisione-audit.example>', body, 'iso-8859-15', 'Reply-To: g.rinaldi@audit-revisione.example\r\n'), AUTH('revisione-audit.example')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("non inoltrare questa comunicazione ad altri uffici") and for "disporre un pagamento"; From g.rinaldi@revisione-audit.example (replies go to g.rinaldi@audit-revisione.example)',
    ]);
    for (const [body, charset] of [
      ['Please keep this between us. You will need to make an urgent payment to the escrow agent; details follow.', 'us-ascii'],
      ['Bitte besprechen Sie das mit niemandem. Sie müssen heute noch eine Überweisung an den Notar vornehmen.', 'iso-8859-1'],
      ['No lo comente con nadie. Mañana habrá que realizar una transferencia urgente.', 'windows-1252'],
      ['Proszę nie rozmawiać o tym z nikim. Jutro trzeba będzie zlecić pilny przelew.', 'iso-8859-2'],
      ['Никому в офисе не говорите. Завтра нужно будет провести срочный перевод.', 'koi8-r'],
      ['Μην το συζητήσετε με κανέναν. Αύριο πρέπει να πραγματοποιηθεί μια επείγουσα πληρωμή.', 'iso-8859-7'],
    ] as Array<[string, string]>) assert.equal((await run(mail('CEO <ceo.private.office@gmail.com>', body, charset), AUTH('gmail.com'))).length, 1, `${charset}: ${body}`);
    // secrecy and a payment received, not to make
    assert.deepEqual(await run(mail('CEO <ceo.private.office@gmail.com>', 'Please keep this between us: the payment was received yesterday.'), AUTH('gmail.com')), []);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      [`Bitte besprechen Sie das mit niemandem. Überweisen Sie heute 48.900 € auf ${IBAN}.`, 'iso-8859-1'],
      // "intern" before "niemand" (the fifty-first pair's "CEO" on GMX)
      [`Bis zur offiziellen Bekanntgabe darf intern niemand davon erfahren. Überweisen Sie heute 186.400 € auf ${IBAN}.`, 'iso-8859-1'],
      [`Non ne parli con nessuno in ufficio. Effettui oggi un bonifico di 38.000 euro sul conto ${IBAN}.`, 'iso-8859-15'],
      [`Proszę nie rozmawiać o tym z nikim. Proszę dziś przelać 120 000 zł na rachunek ${IBAN}.`, 'iso-8859-2'],
      [`Никому в офисе не говорите об этой сделке. Переведите сегодня 2 500 000 руб. по реквизитам ниже.`, 'koi8-r'],
      [`Μην το συζητήσετε με κανέναν. Μεταφέρετε σήμερα 45.000 ευρώ στον λογαριασμό ${IBAN}.`, 'iso-8859-7'],
      [`No lo comente con nadie de la oficina. Transfiera hoy 60.000 € a la cuenta ${IBAN}.`, 'windows-1252'],
      // kept from the other colleagues, offices, departments: not forwarded, not discussed
      [`Παρακαλώ να μη συζητηθεί με άλλους συναδέλφους ή με την τράπεζα. Καταβολή 186.500,00 € στο ${IBAN}.`, 'windows-1253'],
      [`La prego di non inoltrare questa comunicazione ad altri uffici. Disponga il bonifico di 24.800 euro sul conto ${IBAN}.`, 'iso-8859-1'],
      [`Bitte leiten Sie diese E-Mail nicht an Kollegen weiter und überweisen Sie 31.500 € auf ${IBAN}.`, 'iso-8859-15'],
      [`Please do not forward this to other departments. Transfer EUR 58,000 today to ${IBAN}.`, 'us-ascii'],
      [`Proszę nie przekazywać tej wiadomości innym pracownikom. Proszę przelać 90 000 zł na rachunek ${IBAN}.`, 'windows-1250'],
      [`Не пересылайте это письмо другим сотрудникам. Переведите сегодня 1 800 000 руб. по реквизитам ниже.`, 'windows-1251'],
      // no one is to know, and a transfer to handle (the twenty-seventh held-out pair's country manager on Gmail)
      ['Ho bisogno che mi gestisci con urgenza un bonifico riservato, la cosa è confidenziale e non ne deve sapere nulla nessuno.', 'iso-8859-15'],
      [`No one else must know until we sign. Please make the transfer of EUR 42,000 to ${IBAN} today.`, 'us-ascii'],
      [`Nadie debe saberlo hasta la firma. Transfiera hoy 60.000 € a la cuenta ${IBAN}.`, 'iso-8859-15'],
      [`Nikt nie może się o tym dowiedzieć przed podpisaniem. Proszę przelać 90 000 zł na rachunek ${IBAN}.`, 'iso-8859-2'],
      ['Никто не должен об этом знать до подписания. Переведите сегодня 1 800 000 руб. по реквизитам ниже.', 'koi8-r'],
      [`Κανείς δεν πρέπει να το μάθει πριν την υπογραφή. Μεταφέρετε σήμερα 45.000 ευρώ στον λογαριασμό ${IBAN}.`, 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('CEO <ceo.private.office@gmail.com>', body, charset), AUTH('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.ok(hits[0]!.endsWith('(free mail)'), hits[0]);
    }
  });

  it('the first stage: secrecy and the reader\'s mobile number asked for, to go on by WhatsApp', async () => {
    const body = 'Νίκο, είσαι στο γραφείο; Χρειάζομαι τη βοήθειά σου για ένα εμπιστευτικό θέμα. Στείλε μου το κινητό σου να σου γράψω στο WhatsApp. Μην το συζητήσεις με κανέναν προς το παρόν.';
    assert.deepEqual(await run(mail('Γιώργος Αλεξίου <g.alexiou@examplegroup-gr.example>', body, 'iso-8859-7')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("μην το συζητησεις με κανεναν") and for "στειλε μου το κινητο σου"; From g.alexiou@examplegroup-gr.example (not authenticated)',
    ]);
    assert.equal((await run(mail('M. Brandt <m.brandt.ceo@gmail.com>', 'Please keep this between us for now. Send me your mobile number, I will text you the details.'), AUTH('gmail.com'))).length, 1);
    // or "write me on Telegram" (the thirtieth pair's "CEO" on Gmail), in the offices' languages
    for (const [body, charset] of [
      ['Пожалуйста, пока никому не говорите. Напишите мне, пожалуйста, в Telegram: @mweber_eg_office — я на переговорах.', 'koi8-r'],
      ['Please keep this between us. Message me on WhatsApp, I am in a meeting.', 'us-ascii'],
      ['Bitte mit niemandem besprechen. Schreiben Sie mir bitte auf WhatsApp.', 'iso-8859-1'],
      ['Non ne parli con nessuno. Mi scriva su WhatsApp, per favore.', 'iso-8859-15'],
      ['Proszę nie rozmawiać o tym z nikim. Napisz do mnie na WhatsAppie.', 'iso-8859-2'],
      ['No lo comente con nadie. Escríbame por WhatsApp.', 'iso-8859-15'],
      // the number asked for as messenger-pivot reads it, "please" in between, the Russian "I'll explain myself" (the fiftieth pair)
      ['Mandami per favore il tuo numero di cellulare, ti scrivo su WhatsApp. Per ora non parlarne con nessuno.', 'iso-8859-15'],
      ['¿Me puedes enviar tu número de móvil? De momento no lo comentes con nadie del equipo.', 'windows-1252'],
      ['Нужно сегодня провести предоплату поставщику. В Дюссельдорф пока не сообщай, сам всё объясню.', 'koi8-r'],
      ['Μην το συζητήσεις με κανέναν. Γράψε μου στο Viber.', 'iso-8859-7'],
      // "tell no one" as "inform no one" (the seventy-sixth pair's "director": "na razie nikogo nie informuj"), and head office kept
      // out because the writer will tell them himself (the seventy-fifth pair's Greek "managing director")
      ['Podeślij mi proszę swój numer komórki, dodam Cię na WhatsAppie. Sprawa jest poufna, na razie nikogo nie informuj.', 'iso-8859-2'],
      ['Нужно провести оплату сегодня. Пока никого не информируйте, детали пришлю.', 'windows-1251'],
      ['Χρειάζομαι να γίνει σήμερα μια πληρωμή 9.850 €. Μην το συζητήσεις ακόμη με τη Νυρεμβέργη, θα ενημερώσω εγώ τον κ. Höfler.', 'iso-8859-7'],
      ['We need to make a payment of EUR 9,850 today. Do not mention it to head office yet, I will brief them myself.', 'us-ascii'],
      ['Heute muss eine Zahlung von 9.850 EUR raus. Bitte noch nicht mit Nürnberg darüber sprechen, das übernehme ich selbst.', 'iso-8859-1'],
      ['Hoy hay que realizar una transferencia de 9.850 €. No lo comentes todavía con la central, se lo diré yo.', 'iso-8859-15'],
      ['Oggi va fatto un bonifico di 9.850 €. Non dirlo ancora alla sede, glielo dirò io.', 'iso-8859-15'],
      ['Trzeba dziś zlecić przelew 9.850 EUR. Nie mów jeszcze centrali, sam im powiem.', 'iso-8859-2'],
      // no colleague to hear of it, and the details not to reach the team (the seventy-ninth pair's "lawyer", the eighty-first's "CEO")
      ['L\'operazione non deve essere discussa con nessun collega. La prego di disporre il bonifico oggi stesso: IBAN IT02 F032 6801 6000 5287 9451 230.', 'iso-8859-15'],
      ['Szczegóły nie mogą jeszcze trafić do zespołu. Proszę przesłać mi swój prywatny numer WhatsApp.', 'iso-8859-2'],
    ] as const) assert.equal((await run(mail('Boss <boss.private@gmail.com>', body, charset), AUTH('gmail.com'))).length, 1, body);
  });

  it('secrecy "even internally", a foreign transfer to release (the thirty-first pair\'s "board member" on GMX)', async () => {
    const body = 'Bitte behandeln Sie das absolut vertraulich, auch intern. Antworten Sie mir bitte kurz hier, ob Sie heute eine Auslandsüberweisung freigeben können.';
    assert.equal((await run(mail('Dr. Markus Hoffmann <m.hoffmann.vorstand@gmx.example>', body, 'iso-8859-1'))).length, 1);
    assert.equal((await run(mail('CFO <cfo.private@gmail.com>', 'This is strictly confidential, even internally. Please make the transfer today.'), AUTH('gmail.com'))).length, 1);
    // a dash before "auch intern", two colleagues named (the forty-fifth pair's "CEO" on Gmail)
    const dashed = 'Bitte behandle das streng vertraulich – auch intern bitte noch nicht mit Thomas oder Frank darüber sprechen. Kannst du mir kurz sagen, bis wann heute Auslandsüberweisungen noch rausgehen?';
    assert.equal((await run(mail('Matthias Köhler <m.koehler.gf@gmail.com>', dashed, 'iso-8859-15'), AUTH('gmail.com'))).length, 1);
    assert.equal((await run(mail('Matthias Köhler <m.koehler.gf@gmail.com>', 'Bitte noch nicht mit Thomas oder Frank darüber sprechen. Kannst du heute eine Überweisung freigeben?', 'iso-8859-1'), AUTH('gmail.com'))).length, 1);
    // "sprich mit niemandem", a deposit on an escrow account, the lawyer's instructions to follow (the hundred-and-first pair's "CEO" on
    // Outlook.de), and the lawyer's own "any disclosure, including internally" with the sum
    const ceo = 'Das Projekt ist streng vertraulich - bitte sprich im Haus mit niemandem darüber. Für die Exklusivität muss bis morgen eine Sicherheitsleistung auf ein Anderkonto hinterlegt werden.';
    assert.equal((await run(mail('Markus <vorstand.m@outlook.example>', ceo, 'iso-8859-1'))).length, 1);
    assert.equal((await run(mail('Markus <vorstand.m@outlook.example>', 'Bitte rede mit niemandem darüber und folge seinen Anweisungen.', 'iso-8859-1'))).length, 1);
    const lawyer = 'Any premature disclosure, including internally, may jeopardise the transaction. A deposit of EUR 248,500.00 is to be received in our escrow client account.';
    assert.equal((await run(mail('Jonathan Hale <j.hale@hale-llp.example>', lawyer))).length, 1);
    // strict confidentiality asked, an escrow deposit abroad (the hundred-and-fourth pair's "lawyer"); a department kept out (its look-alike club)
    const escrow = 'Ich darf Sie zunächst auf die strikte Vertraulichkeit hinweisen, der dieses Mandat unterliegt. Heute ist eine Anzahlung auf das Treuhandkonto zu leisten: IBAN LT14 3500 0100 0384 6219';
    assert.equal((await run(mail('RA Dr. Brenner <c.brenner@brenner-legal.example>', escrow, 'iso-8859-1'))).length, 1);
    for (const body of ['Please maintain strict confidentiality. The deposit goes to IBAN LT14 3500 0100 0384 6219.',
      'Le ruego máxima discreción y que no comente el cambio con el área deportiva: IBAN ES48 1583 0001 1410 9145 7280',
      'La prego di mantenere la massima riservatezza. IBAN: LT14 3500 0100 0384 6219',
      'Proszę o zachowanie pełnej poufności. Rachunek: LT14 3500 0100 0384 6219',
      'Прошу соблюдать строгую конфиденциальность. Оплатите на IBAN LT14 3500 0100 0384 6219',
      'Σας παρακαλώ για απόλυτη εχεμύθεια. IBAN LT14 3500 0100 0384 6219'])
      assert.equal((await run(mail('Counsel <counsel@legal-escrow.example>', body))).length, 1, body);
    // a footer's confidential information asks nothing
    assert.deepEqual(await run(mail('Counsel <counsel@legal-escrow.example>', 'Rechnung: IBAN LT14 3500 0100 0384 6219. Diese E-Mail enthält vertrauliche Informationen.', 'iso-8859-1')), []);
  });

  it('kept from named colleagues and the team, a payment into an escrow account to follow; kept from the office and Germany (the thirty-third pair)', async () => {
    const german = 'Bis zur offiziellen Bekanntgabe ist das streng vertraulich – bitte auch noch nicht mit Frau Weber oder im Team darüber sprechen. Die Kanzlei schickt Ihnen die Angaben zur Anzahlung auf das Treuhandkonto.';
    assert.equal((await run(mail('Markus Brandt <m.brandt-office@gmx.example>', german, 'iso-8859-1'))).length, 1);
    const russian = 'Информация строго конфиденциальная - никому в офисе и в Германии пока не говорите. Выполняйте его указания.';
    assert.equal((await run(mail('Дмитрий <d.sokolov@examplegroup-ru.example>', russian, 'windows-1251'))).length, 1);
    // "di non parlarne con colleghi" (the thirty-sixth pair's fake lawyer)
    assert.equal((await run(mail('Avv. De Santis <l.desantis@studio-legal.example>', 'Le chiedo pertanto di non parlarne con colleghi fino all\'annuncio ufficiale. Deposito in escrow di 96.500,00 € sul conto dedicato.', 'iso-8859-15'))).length, 1);
    // "non può essere discussa con altri colleghi" (the thirty-ninth pair's fake lawyer: the verb's participle)
    assert.equal((await run(mail('Avv. Rinaldi <p.rinaldi@rinaldi-legal.example>', 'L\'operazione è coperta da un accordo di riservatezza e non può essere discussa con altri colleghi. Deposito cauzionale di € 86.400,00 sul conto vincolato dello studio.', 'iso-8859-15'))).length, 1);
    // an escrow account named without secrecy is a notary's letter
    assert.deepEqual(await run(mail('Notariat <info@notar.example>', 'Die Anzahlung auf das Treuhandkonto ist bis zum 30.11. fällig.', 'iso-8859-1')), []);
  });

  it('the other first stage: secrecy, and a caller\'s instructions to follow (the fake officer, the fake lawyer)', async () => {
    const body = 'Ольга Викторовна, сегодня с Вами свяжется куратор проверки. Прошу Вас оказать ему полное содействие и выполнять его указания. Информация строго конфиденциальна, никому из коллег, в том числе в Германии, о проверке не сообщать.';
    assert.deepEqual(await run(mail('=?koi8-r?B?5M3J1NLJyiDzz8vPzM/X?= <d.sokolov.examplegroup@yandex.ru>', body, 'windows-1251'), AUTH('yandex.ru')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("никому из коллег, в том числе в германии, о проверке не сообщать") and for "выполнять его указания"; From d.sokolov.examplegroup@yandex.ru (free mail)',
    ]);
    for (const [text, charset] of [
      ['Dr. Weber von der Kanzlei wird Sie heute anrufen; bitte folgen Sie seinen Anweisungen und besprechen Sie das mit niemandem.', 'iso-8859-1'],
      ['El abogado le llamará hoy: siga en todo sus instrucciones y no lo comente con nadie.', 'iso-8859-15'],
      ['Oggi la chiamerà l\'avvocato: segua le sue istruzioni e non ne parli con nessuno.', 'iso-8859-15'],
      ['Dziś zadzwoni do Pani mecenas: proszę postępować zgodnie z jego instrukcjami i nie rozmawiać o tym z nikim.', 'iso-8859-2'],
      ['Θα σας καλέσει ο δικηγόρος: ακολουθήστε τις οδηγίες του και μην το συζητήσετε με κανέναν.', 'iso-8859-7'],
      ['Our lawyer will call you today. Please follow his instructions and do not discuss this with anyone.', 'us-ascii'],
    ] as const) assert.equal((await run(mail('CEO <ceo.office@gmail.com>', text, charset), AUTH('gmail.com'))).length, 1, text);
    // "with no one" before its verb, the perfective "выполнить", "не разглашать" after a comma (the ninetieth and eighteenth pairs' "checks")
    for (const text of [
      'Сегодня вам позвонит куратор проверки. Прошу вас полностью выполнять его указания и ни с кем в офисе, включая бухгалтерию и юристов, это не обсуждать.',
      'Сегодня с Вами свяжется куратор из Центрального банка. Прошу выполнить его указания. Информация конфиденциальная, разговор не разглашать, в том числе коллегам.',
    ]) assert.equal((await run(mail('Директор <d.sokolov.eg@yandex.ru>', text, 'koi8-r'), AUTH('yandex.ru'))).length, 1, text);
    // "Tienilo per te per ora" (the ninety-fifth pair's gift-card "manager"); the court not to be contacted (the ninety-seventh pair's fake lawyer)
    assert.equal((await run(mail('Giorgio <giorgio.ufficio@gmail.com>', 'Mi servono 10 gift card Amazon da 100 €. Grattale e mandami le foto dei codici. Tienilo per te per ora, è una sorpresa.', 'iso-8859-15'), AUTH('gmail.com'))).length, 1);
    assert.deepEqual(await run(mail('Isabel Sanz <isanz@sanzrobles-abogados.example>', 'Para evitar el embargo transfieran 38.750,00 EUR a nuestra cuenta de consignaciones: IBAN ES78 1465 0100 9191 1725 4830. Le ruego que no contacten directamente con el Juzgado.', 'iso-8859-1')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("no contacten directamente con el juzgado") and for 38.750,00 EUR; From isanz@sanzrobles-abogados.example (not authenticated)',
    ]);
    // "Non dirlo ancora a nessuno" beside Amazon vouchers whose codes are to be sent (the ninety-second pair's "CEO" on Gmail)
    assert.deepEqual(await run(mail('Matthias <matthias.ceo@gmail.com>', 'Ti chiederei di acquistare 10 buoni regalo Amazon da 100 EUR. Poi gratta il retro e mandami le foto dei codici. Non dirlo ancora a nessuno, deve essere una sorpresa.', 'iso-8859-15'), AUTH('gmail.com')), [
      'SECRET_TRANSFER_REQUEST: asks for secrecy ("non dirlo ancora a nessuno") and for "buoni regalo (gratta il retro)"; From matthias.ceo@gmail.com (free mail)',
    ]);
  });

  it('gift cards with their codes to be sent, and secrecy (the eighty-second pair\'s "manager" on Gmail)', async () => {
    const body = 'I want to thank a few of our key facilities managers before Christmas with Amazon gift cards - 6 x GBP 200. Can you pick them up, scratch off the back and send me clear photos of the codes here? Please keep it between us for now, it\'s meant to be a surprise.';
    assert.deepEqual((await run(mail('James Whitfield <jwhitfield.office@gmail.com>', body, 'us-ascii'))).map((h) => h.split(':')[0]), ['SECRET_TRANSFER_REQUEST']);
    // the same gift for the team without secrecy is the gift-card check's alone
    assert.deepEqual(await run(mail('James Whitfield <jwhitfield.office@gmail.com>', body.replace(/ Please keep it between us.*$/, ''), 'us-ascii')), []);
  });

  it('kept from named colleagues and the other members, and out of the company\'s system (the eighty-sixth and eighty-seventh pairs)', async () => {
    for (const [from, body, charset] of [
      ['Jürgen Hoffmann <j.hoffmann.vorstand@outlook.de>', 'Die Verkäuferseite verlangt bis heute eine Exklusivitätsanzahlung auf das Treuhandkonto der Kanzlei. Bitte behandle das absolut vertraulich, auch gegenüber Monika und Laura.', 'iso-8859-1'],
      ['Ignacio Llorente <i.llorente@llorente-abogados.example>', `Le ruego que no la comente con otros miembros de la organización. Es necesario realizar hoy una provisión de fondos de 86.400,00 € a la cuenta: IBAN ${IBAN}`, 'windows-1252'],
      ['Γιώργος Παπαδόπουλος <g.papadopoulos.egh@gmail.com>', `Χρειάζομαι να γίνει σήμερα μια πληρωμή, IBAN ${IBAN}. Την έγκριση θα την κανονίσω εγώ μετά, μην το περάσεις ακόμα από το σύστημα.`, 'iso-8859-7'],
      ['Director <director.office@gmail.com>', `Please pay the deposit today to IBAN ${IBAN}, and don't put it in the system yet.`, 'us-ascii'],
    ] as const) assert.deepEqual((await run(mail(from, body, charset))).map((h) => h.split(':')[0]), ['SECRET_TRANSFER_REQUEST'], body);
  });

  it('not honest mail that has one part or comes from its own authenticated firm', async () => {
    // an invoice with a legal footer: "do not disclose" names no one to keep it from
    assert.deepEqual(await run(mail('Billing <billing@supplier.example>', `Please pay invoice 4471, EUR 1,250.00, to ${IBAN}.\n\nThis e-mail is confidential. If you are not the intended recipient, do not disclose, copy or distribute it.`)), []);
    // a law firm, authenticated, replies at home
    assert.deepEqual(await run(mail('Counsel <counsel@lawfirm.example>', `The signing is confidential; please do not discuss it with colleagues outside the deal team. The escrow amount of EUR 184,500.00 is to be transferred by 18 December to ${IBAN}.`), AUTH('lawfirm.example')), []);
    // a privacy promise beside a price: no secrecy asked of the reader
    assert.deepEqual(await run(mail('Shop <news@shop.example>', 'Order now for $9.99! We will never share your information with anyone.'), {}), []);
    assert.deepEqual(await run(mail('Negozio <news@negozio.example>', 'Paghi 49 euro con bonifico. Non divulgheremo i suoi dati a nessuno.', 'iso-8859-15'), {}), []);
    // a bank's warning: never tell anyone the code (beside the payment it confirms)
    assert.deepEqual(await run(mail('Т-Банк <noreply@tbank.example>', 'Оплатите 12 400 руб. кодом 4471. Никому не сообщайте код, даже сотрудникам банка.', 'koi8-r')), []);
    assert.deepEqual(await run(mail('mBank <powiadomienia@mbank.example>', 'Przelej 1200 zł: kod 5512. Nie podawaj nikomu kodu.', 'iso-8859-2')), []);
    // a privacy notice in German beside a price: the data not passed on
    assert.deepEqual(await run(mail('Shop <news@shop.example>', 'Jetzt 49 € überweisen. Wir geben Ihre Daten nicht an andere weiter.', 'iso-8859-1'), {}), []);
    // a colleague's instructions without secrecy; secrecy with a form's instructions: nothing asked of the reader for a caller
    assert.deepEqual(await run(mail('Anna <anna.k@gmail.com>', 'The technician will call you tomorrow; please follow his instructions to reset the router.'), AUTH('gmail.com')), []);
    // secrecy without money: a surprise party
    assert.deepEqual(await run(mail('Anna <anna.k@gmail.com>', 'Please do not tell anyone about the party for Marco!'), AUTH('gmail.com')), []);
  });
});
