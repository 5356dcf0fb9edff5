// A payment document named, in the offices' languages: the remittance advice, invoice or proof of
// payment that lures present (a OneNote notebook shared as "Remittance advice", an SVG picture
// attached as "Remittance_HH-PAY-7719204.svg"), where a real one is a PDF or a letter.
import { comparableText, phrasePattern } from './phrases.ts';

/** a payment document's name (as comparableText reads: no accents, small letters) */
export const PAYMENT_DOCUMENT = new RegExp(String.raw`${phrasePattern([
  'remittance', String.raw`payment (?:advice|confirmation|notification|details)`, String.raw`invoices?`, 'statement of account', 'proof of payment',
  'zahlungsavis', String.raw`zahlungsbestatigung`, String.raw`rechnung(?:en)?`, String.raw`uberweisung\p{L}*`, 'kontoauszug',
  String.raw`fattur[ae]`, 'bonifico', 'avviso di pagamento', 'estratto conto',
  String.raw`faktur[ay]?`, String.raw`przelew\p{L}*`, String.raw`potwierdzeni\p{L}* (?:platnosci|płatnosci|przelewu)`,
  String.raw`facturas?`, String.raw`justificante de (?:pago|transferencia)`, 'aviso de pago', String.raw`remesas? de (?:pagos?|transferencias?)`,
  String.raw`сч[её]т(?:а|ов)? на оплату`, String.raw`сч[её]т-фактур\p{L}*`, String.raw`платежн\p{L}* поручени\p{L}*`,
  String.raw`τιμολογι\p{L}*`, String.raw`αποδεικτικο (?:πληρωμης|καταθεσης)`, String.raw`εμβασμ\p{L}*`,
  // a payment order and "payment documents", as a payer's lure names what it "settled" ("ΕΝΤΟΛΗ ΠΛΗΡΩΜΗΣ - ΕΞΟΦΛΗΣΗ 4.870,00€.pdf",
  // "Εκκαθάριση ΦΠΑ - Έγγραφα πληρωμής": the eighty-sixth and seventy-eighth pairs' hijacked tenants' shares)
  String.raw`payment (?:orders?|documents?)`, String.raw`zahlungs(?:auftrag|anweisung|unterlagen)\p{L}*`, String.raw`(?:ordine|documenti) di pagamento`,
  String.raw`(?:orden(?:es)?|documentos?) de pago`, String.raw`zleceni\p{L}* (?:p[lł]atnosci|przelewu)`, String.raw`dokument\p{L}* p[lł]atnosci`,
  String.raw`платежн\p{L}* документ\p{L}*`, String.raw`(?:εντολ|εγγραφ)\p{L}* πληρωμης`, String.raw`εξοφλησ\p{L}*`,
]).source}(?![\p{L}\p{N}])`, 'u');

/** The payment document a file name names ("Remittance_Advice_0047.svg" → "remittance"), its words apart at "_" and ".", or null. */
export function paymentDocumentNamed(filename: string): string | null {
  return PAYMENT_DOCUMENT.exec(comparableText(filename.replace(/[_.]+/g, ' ')))?.[0] ?? null;
}
