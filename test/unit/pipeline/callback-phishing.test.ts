// The callback-phishing check: a brand such scams impersonate, a toll-free number (North American or European)
// and a sum of money, in the text or an attached PDF or Word file, from a free-mail or
// unauthenticated sender. And the honest mail that has some of these: a shop's confirmation, a
// European seller on free mail, a US supplier's invoice, the brand's own renewal notice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { callbackPhishingCheck, callbackPhishingOptionsSchema } from '../../../src/pipeline/checks/callback-phishing.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { pandocDocument } from '../../helpers/office.ts';
import { mailWithDocuments, printedPdf } from '../../helpers/pdf.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig();
const store = undefined as unknown as Parameters<typeof callbackPhishingCheck.run>[1]['store']; // the check keeps nothing

async function run(raw: Buffer, auth: Partial<AuthResults> = {}, options: Record<string, unknown> = {}): Promise<string[]> {
  const hits = await callbackPhishingCheck.run(await dataContext(raw, { auth }),
    { options: callbackPhishingOptionsSchema.parse(options), config, store, log: quietLog, signal: new AbortController().signal });
  return hits.map((h) => `${h.symbol}: ${h.detail}`);
}

const mail = (from: string, subject: string, body: string): Buffer =>
  Buffer.from(`From: ${from}\r\nTo: anna@example.com\r\nSubject: ${subject}\r\nMessage-ID: <m${Math.random()}@x.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
const RENEWAL = 'Your subscription to Norton 360 Deluxe was renewed today. Amount charged: $399.99.\r\nIf you did not authorize this payment, call our billing desk at +1 (888) 555-0199 within 24 hours.';
const GMAIL_AUTH: Partial<AuthResults> = { spf: 'pass', spfDomain: 'gmail.com', dkimPass: ['gmail.com'], authenticatedDomain: 'gmail.com' };

describe('callback phishing', () => {
  it('in the text, from free mail (authenticated by Gmail) or from an unauthenticated sender', async () => {
    assert.deepEqual(await run(mail('Norton Billing <nortonbilling.team4471@gmail.com>', 'Order confirmation #NR-48213', RENEWAL), GMAIL_AUTH), [
      'CALLBACK_PHISHING: names Norton, $399.99 and the number +1 (888) 555-0199; From nortonbilling.team4471@gmail.com (free mail)',
    ]);
    assert.deepEqual(await run(mail('Geek Squad <support@renewals-desk.example>', 'Invoice', 'GEEK  SQUAD auto-renewal: 349,99 USD. Questions? 1-855-555-0142')), [
      'CALLBACK_PHISHING: names Geek Squad, 349,99 USD and the number 1-855-555-0142; From support@renewals-desk.example (not authenticated)',
    ]);
  });

  it('with a toll-free number of Europe or Russia, written the international or the national way', async () => {
    const renewal = (number: string) => mail('Norton Billing <n.billing.desk@gmail.com>', 'Renewal', `Norton 360: your plan was renewed, GBP 289.99 debited. To cancel, call ${number} today.`);
    for (const number of ['+44 808 164 0123', '+49 (0) 800 1234567', '+39 800 123 456', '+7 800 555-35-35', '0800 123 4567', '0808 164 0123', '8 (800) 555-35-35', '8-800-555-35-35', '0 800 12 34 56']) {
      assert.deepEqual(await run(renewal(number), GMAIL_AUTH), [`CALLBACK_PHISHING: names Norton, GBP 289.99 and the number ${number}; From n.billing.desk@gmail.com (free mail)`], number);
    }
    // written a digit at a time, to slip past filters: read closed up
    assert.deepEqual(await run(renewal('0 8 0 8 - 1 5 7 - 0 3 4 2'), GMAIL_AUTH), ['CALLBACK_PHISHING: names Norton, GBP 289.99 and the number 0808 - 157 - 0342; From n.billing.desk@gmail.com (free mail)']);
    // in Russian, the amount in rubles
    assert.deepEqual((await run(mail('Kaspersky <kaspersky.oplata@mail.ru>', 'Продление', 'Подписка Kaspersky продлена, списано 4 990 руб. Отменить: 8-800-555-35-35.'), { dkimPass: ['mail.ru'] })).length, 1);
    // ordinary numbers are no toll-free number: a mobile, a London line, an Italian or Polish 800 written without a code, a date, an order number
    // (asked to call one to cancel, any number counts: see below)
    const support = (number: string) => mail('Norton Billing <n.billing.desk@gmail.com>', 'Renewal', `Norton 360: your plan was renewed, GBP 289.99 debited. Support: ${number}.`);
    for (const number of ['+49 171 5550123', '+44 20 3966 1812', '800 123 456', '08.00.2025', '20800123456', 'ref. 10800 1234567']) {
      assert.deepEqual(await run(support(number), GMAIL_AUTH), [], number);
    }
  });

  it('in an attached PDF or Word file with a line of text', async () => {
    const head = 'From: <invoices.dept.team@outlook.com>\r\nTo: anna@example.com\r\nSubject: Your invoice\r\nMessage-ID: <inv@outlook.com>\r\n';
    const pdf = printedPdf('<h1>PayPal</h1><p>Invoice 88412. You were charged 499,00 € for Bitcoin.</p><p>Not you? Call (844) 555-0175.</p>');
    assert.deepEqual(await run(mailWithDocuments(head, 'Please find the invoice attached.', ['invoice.pdf', pdf]), { dkimPass: ['outlook.com'] }), [
      'CALLBACK_PHISHING: names PayPal, 499,00 € and the number (844) 555-0175 in the PDF invoice.pdf; From invoices.dept.team@outlook.com (free mail)',
    ]);
    const docx = pandocDocument('docx', '# McAfee Total Protection\n\nRenewal amount: $289.00\n\nCustomer care: +1 877 555 0123');
    assert.deepEqual(await run(mailWithDocuments(head, 'Thank you for your purchase.', ['receipt.docx', docx]), { dkimPass: ['outlook.com'] }), [
      'CALLBACK_PHISHING: names McAfee, $289.00 and the number +1 877 555 0123 in the Office document receipt.docx; From invoices.dept.team@outlook.com (free mail)',
    ]);
  });

  it('not the brand\'s own mail, authenticated for one of its domains', async () => {
    assert.deepEqual(await run(mail('Norton <no-reply@norton.com>', 'Renewal', RENEWAL), { dkimPass: ['mail.norton.com'] }), []);
    assert.deepEqual(await run(mail('Norton <no-reply@norton.com>', 'Renewal', RENEWAL)), ['CALLBACK_PHISHING: names Norton, $399.99 and the number +1 (888) 555-0199; From no-reply@norton.com (not authenticated)'],
      'a forged From of the brand');
  });

  it('a payment service\'s own invoice carrying its user\'s note: a number there to undo the charge is the sender\'s (the thirty-third pair\'s PayPal invoice)', async () => {
    const PAYPAL_AUTH: Partial<AuthResults> = { spf: 'pass', spfDomain: 'paypal.de', dkimPass: ['paypal.de'], authenticatedDomain: 'paypal.de' };
    const note = 'Solar-Direkt Vertrieb hat Ihnen eine Rechnung über 1.389,00 EUR gesendet.\n\nHinweis vom Verkäufer:\nIhre Bestellung wurde mit 1.389,00 EUR über Ihr PayPal-Konto verbucht. Wenn Sie diesen Kauf nicht getätigt haben, rufen Sie bitte umgehend unsere Kundenbetreuung unter +49 30 2555 8790 an.';
    assert.deepEqual(await run(mail('"service@paypal.de" <service@paypal.de>', 'Rechnung von Solar-Direkt Vertrieb (#0417)', note), PAYPAL_AUTH), [
      "CALLBACK_PHISHING: names PayPal, 1.389,00 EUR and the number +49 30 2555 8790; From service@paypal.de (PayPal's own mail carrying its user's note)",
    ]);
    // PayPal's own notice with its toll-free line, and a seller's note that only gives a number for questions: no charge offered to be undone
    assert.deepEqual(await run(mail('PayPal <service@paypal.de>', 'Zahlung', 'Sie haben mit PayPal 1.389,00 EUR an Solar-Direkt gesendet. Kundenservice: 0800 7234 500'), PAYPAL_AUTH), []);
    assert.equal((await run(mail('PayPal <service@paypal.de>', 'Zahlung', 'Sie haben mit PayPal 1.389,00 EUR an Solar-Direkt gesendet. Kundenservice: 0800 7234 500'))).length, 1, 'forged, the same text is the scam\'s form');
    assert.deepEqual(await run(mail('PayPal <service@paypal.de>', 'Rechnung', 'Rechnung über 1.389,00 EUR. Hinweis vom Verkäufer: Bei Fragen zur Lieferung erreichen Sie uns unter +49 30 2555 8790.'), PAYPAL_AUTH), []);
    // a brand whose mail carries no user's text keeps its own support line
    assert.deepEqual(await run(mail('Norton <no-reply@norton.com>', 'Renewal', 'Norton 360 renewed: £399.99. If you did not authorise this renewal, call +44 (0)20 3808 4417.'), { dkimPass: ['mail.norton.com'] }), []);
  });

  it('not honest mail that has some of it', async () => {
    // a US supplier, authenticated for its own domain, names a brand and signs with its 1-800 number
    assert.deepEqual(await run(mail('Dell Sales <sales@dell.example>', 'Quote', 'Windows 11 Pro with Microsoft Office: $1,249.00. Call 1-800-555-0100.'), { dkimPass: ['dell.example'] }), []);
    // a seller on GMX: PayPal, a sum, his mobile number (no toll-free number)
    assert.deepEqual(await run(mail('Klaus <klaus.m@gmx.de>', 'Fahrrad', 'Bitte per PayPal 45 € an mich, Tel. +49 171 5550123.'), { dkimPass: ['gmx.de'] }), []);
    // no sum
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Norton', 'Norton support: +1 (888) 555-0199'), GMAIL_AUTH), []);
    // no brand
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Order', 'Your order of $399.99 was placed. Call +1 (888) 555-0199.'), GMAIL_AUTH), []);
    // a brand inside a word
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Order', 'Ordered from the Applebee catalog, $39.99. Call +1 (888) 555-0199.'), GMAIL_AUTH), []);
    // numbers that are no toll-free phone number: one digit too many, inside a longer number, another area code
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Order', 'Norton order $39.99, ref 888-555-01999, 2888-555-0199, call +1 (212) 555-0199.'), GMAIL_AUTH), []);
  });

  it('a charge to undo by calling any number: a brand\'s, with a number abroad near the offer; or none, asked in one sentence', async () => {
    // Norton, an ordinary London number a paragraph after "if you did not authorise"
    const html = Buffer.from('From: Billing Support <renewals.desk4417@gmail.com>\r\nTo: anna@example.com\r\nSubject: Order\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'
      + '<p>Th<!-- k -->ank you for renewing your <b>Nor<!-- o -->ton 360</b>. Total charged: <b>£3<!-- -->99.<!---->99</b></p><p>If you did not authorise this renewal, please contact our billing department within 24 hours.</p><p>&#9742; UK: +44 (0)20&nbsp;3808&nbsp;4417</p>\r\n');
    assert.deepEqual(await run(html, GMAIL_AUTH), ['CALLBACK_PHISHING: names Norton, £399.99 and the number +44 (0)20 3808 4417; From renewals.desk4417@gmail.com (free mail)']);
    // an Adobe subscription "renewed" from Gmail, the number after the offer of a refund (Spanish)
    const adobe = mail('Adobe Acrobat Facturación <facturacion.acrobat.es@gmail.com>', 'Confirmación de renovación', 'Su suscripción a Adobe Acrobat Pro se ha renovado. Importe cargado: 459,99 €. Si usted no ha autorizado esta renovación o desea cancelarla, llame a nuestro departamento de facturación en las próximas 24 horas: +44 20 7946 0917');
    assert.deepEqual(await run(adobe, GMAIL_AUTH), ['CALLBACK_PHISHING: names Adobe, 459,99 € and the number +44 20 7946 0917; From facturacion.acrobat.es@gmail.com (free mail)']);
    // PayPal "from the security department" on Gmail, in Greek: "if you did not make this purchase, contact us at +30 …" (the twenty-sixth held-out pair)
    const greek = mail('PayPal <service.paypal.billing.gr@gmail.com>', 'Order', 'Ποσό: 1.249,00 €. Εάν δεν πραγματοποιήσατε εσείς αυτή την αγορά, επικοινωνήστε άμεσα με το Τμήμα Ασφαλείας μας στο +30 211 198 4407 για ακύρωση. Ευχαριστούμε που επιλέξατε PayPal.');
    assert.deepEqual(await run(greek, GMAIL_AUTH), ['CALLBACK_PHISHING: names PayPal, 1.249,00 € and the number +30 211 198 4407; From service.paypal.billing.gr@gmail.com (free mail)']);
    // "contact" as the word asking to call, in the offices' languages
    for (const body of ['Bestellung 7781: 289,00 €. Zur Stornierung kontaktieren Sie uns unter 030 2555 8731.', 'Zamówienie 5512: 349,00 zł. W celu anulowania skontaktuj się z nami pod numerem 22 731 40 18.',
      'Заказ 4471: 24 990 руб. Для отмены свяжитесь с нами по номеру 8 (495) 123-45-67.', 'Pedido 7781: 289,00 €. Para anular el cargo contacte con nosotros en el 910 60 71 43.']) {
      assert.match((await run(mail('Billing <billing.desk.4417@gmail.com>', 'Order', body), GMAIL_AUTH))[0] ?? '', /asks to call .+ to undo it/, body);
    }
    // no brand: the sentence asks to call, in the offices' languages
    for (const body of ['Order NRT-88413 processed. Total: £399.99. To cancel call +44 20 3808 4417.', 'Pedido 7781: 289,00 €. Para anular el cargo llame al 910 60 71 43.',
      'Ordine 5512: 349,00 €. Se non riconosce l\'addebito chiami il numero 02 8734 1190.', 'Заказ 4471 оплачен: 24 990 руб. Для отмены позвоните по телефону 8 (495) 123-45-67.',
      // with "tu" (the seventy-second pair's "Intesa Sanpaolo Inbiz" on Outlook.it)
      'Importo: 8.940,00 EUR. Se non riconosci questa operazione, contatta immediatamente il Servizio Antifrode al numero 02 8736 4419.',
      // "not authorised" with the auxiliary (the seventy-fifth pair's "Intesa Sanpaolo" on Libero)
      'Bonifico di 4.870,00 EUR sospeso. Se NON ha autorizzato questa operazione, contatti il nostro Servizio Antifrode al numero 02 8734 2219.',
      'Transferencia de 4.870,00 EUR retenida. Si no ha autorizado esta operación, llame al 910 48 27 64.',
      // a transfer "not ordered" by the reader, the number over a hundred characters after it (the fiftieth pair's "BBVA Net Cash" on Gmail)
      'Importe: 18.450,00 EUR. Si usted no ha ordenado esta operación, llame inmediatamente a nuestro Servicio de Seguridad de Empresas en el 910 48 27 63 (24 horas).']) {
      assert.match((await run(mail('Billing <billing.desk.4417@gmail.com>', 'Order', body), GMAIL_AUTH))[0] ?? '', /^CALLBACK_PHISHING: names .+ and asks to call .+ to undo it; From billing\.desk\.4417@gmail\.com \(free mail\)$/, body);
    }
    // no brand anyone knows; the number on its own line after "within 24 hours:" (the twenty-first held-out pair)
    const unknown = mail('SecureShield Billing <billing.secureshield.renewals@gmail.com>', 'Renewal', 'Amount charged: £399.99.\n\nIf you did not authorise this renewal or wish to cancel and receive a full refund, please call our billing department within 24 hours:\n\n+44 20 3807 9914 (Mon-Sun, 24/7)');
    assert.deepEqual(await run(unknown, GMAIL_AUTH), ['CALLBACK_PHISHING: names £399.99 and asks to call +44 20 3807 9914 to undo it; From billing.secureshield.renewals@gmail.com (free mail)']);
    // "contact our billing desk" and a label before the number; the Russian "if you did not order the renewal or want to refuse it" (the twenty-eighth pair)
    const payflow = mail('PayFlow Billing Dept <payflowbilling.support7731@gmail.com>', 'Renewal', 'GBP 1,489.99 has been charged to the payment method on file.\n\nIf you did not authorise this renewal or wish to cancel and receive a full refund, you must contact our billing desk within 24 hours:\n\nUK Freephone: +44 800 048 7316');
    assert.deepEqual(await run(payflow, GMAIL_AUTH), ['CALLBACK_PHISHING: names GBP 1,489.99 and asks to call +44 800 048 7316 to undo it; From payflowbilling.support7731@gmail.com (free mail)']);
    const licence = mail('Служба поддержки <support.buhonline24@yandex.ru>', 'Списание', 'С Вашей корпоративной карты будет списано 84 990,00 руб. за продление лицензии. Если Вы не оформляли продление или хотите отказаться от него, позвоните нам в течение 24 часов:\n8 (800) 301-47-62');
    assert.match((await run(licence, { spf: 'pass', spfDomain: 'yandex.ru', dkimPass: ['yandex.ru'], authenticatedDomain: 'yandex.ru' }))[0] ?? '', /^CALLBACK_PHISHING: names 84 990,00 руб and asks to call 8 \(800\) 301-47-62 to undo it/);
    // a Google Form's receipt carries what anyone typed: Google's authentication vouches for Google, not for the words
    const receipt = mail('Formularios de Google <forms-receipts-noreply@google.com>', 'Gracias por rellenar', 'Su solicitud de retiro de 1,2873 BTC (98.450 €) ha sido registrada. Si usted NO ha realizado esta operación, cancele inmediatamente llamando al Servicio de Atención Cripto: +34 911 23 84 60');
    assert.deepEqual(await run(receipt, { spf: 'pass', spfDomain: 'google.com', dkimPass: ['google.com'], authenticatedDomain: 'google.com' }), [
      'CALLBACK_PHISHING: names 1,2873 BTC and asks to call +34 911 23 84 60 to undo it; From forms-receipts-noreply@google.com (a service mailing what anyone typed)',
    ]);
    // "if you did not place this order, contact billing" in Polish, a Microsoft 365 "order" in a Google Form's receipt (the hundred-and-twenty-seventh pair)
    const zamowienie = Buffer.concat([Buffer.from('From: Formularze Google <forms-receipts-noreply@google.com>\r\nTo: anna@example.com\r\nSubject: Zamowienie\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-2\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      iconv.encode('Dziękujemy za zamówienie licencji Microsoft 365 Business Premium. Kwota 4 899,00 PLN zostanie pobrana z Państwa rachunku w ciągu 24 godzin. Jeżeli nie składali Państwo tego zamówienia, prosimy o pilny kontakt z działem rozliczeń: +48 22 307 44 18 w celu anulowania transakcji.\r\n', 'iso-8859-2')]);
    assert.deepEqual(await run(zamowienie, { spf: 'pass', spfDomain: 'google.com', dkimPass: ['google.com'], authenticatedDomain: 'google.com' }), [
      'CALLBACK_PHISHING: names Microsoft, 4 899,00 PLN and the number +48 22 307 44 18; From forms-receipts-noreply@google.com (a service mailing what anyone typed)',
    ]);
    // without a brand, only from free mail: a bank's own notice (here unauthenticated, as when forwarded)
    assert.deepEqual(await run(mail('BBVA <notificaciones@bbva.example>', 'Cargo', 'Cargo de 1.180,00 EUR con su tarjeta. Si no reconoce el cargo, llame al 900 102 801.')), []);
    // a shop's own cancellation by phone, authenticated for its domain; a number in another sentence; a number without a charge
    assert.deepEqual(await run(mail('Shop <orders@shop.example>', 'Order', 'Order 7781: 289,00 €. To cancel, call +49 30 1234567.'), { dkimPass: ['shop.example'], spf: 'pass', spfDomain: 'shop.example', authenticatedDomain: 'shop.example' }), []);
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Order', 'You may cancel within 14 days. The invoice is 289,00 €. Call me: +49 171 5550123.'), GMAIL_AUTH), []);
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Termin', 'Wenn Sie den Termin stornieren wollen, rufen Sie +49 30 1234567 an.'), GMAIL_AUTH), []);
    // a brand and a number abroad far from any offer to undo: a newsletter's donation appeal
    assert.deepEqual(await run(mail('EFF <alerts@eff.example>', 'Alert', `Microsoft and the MPAA want unauthorized copies stopped.${' Lorem ipsum dolor sit amet.'.repeat(20)} Donate $600 today or call +1 415 436 9333.`)), []);
  });

  it('the admin\'s own brand list replaces the default', async () => {
    const options = { brands: { 'Sparkasse': ['sparkasse.de'] } };
    assert.deepEqual(await run(mail('x <x@gmail.com>', 'Konto', 'Sparkasse: 1.200 € abgebucht. Rufen Sie +1 888 555 0199 an.'), GMAIL_AUTH, options),
      ['CALLBACK_PHISHING: names Sparkasse, 1.200 € and the number +1 888 555 0199; From x@gmail.com (free mail)']);
    // Norton is no brand of that list; the renewal still asks to call to undo the charge
    assert.deepEqual(await run(mail('Norton Billing <n@gmail.com>', 'Renewal', RENEWAL), GMAIL_AUTH, options), ['CALLBACK_PHISHING: names $399.99 and asks to call +1 (888) 555-0199 to undo it; From n@gmail.com (free mail)']);
    assert.deepEqual(await run(mail('Norton Billing <n@gmail.com>', 'Renewal', 'Norton 360 renewed: $399.99. Support: +1 (888) 555-0199.'), GMAIL_AUTH, options), []);
  });

  it('not for a trusted client', async () => {
    const raw = mail('Norton Billing <n@gmail.com>', 'Renewal', RENEWAL);
    const hits = await callbackPhishingCheck.run(await dataContext(raw, { trusted: true, auth: GMAIL_AUTH }),
      { options: callbackPhishingOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
    assert.deepEqual(hits, []);
  });
});
