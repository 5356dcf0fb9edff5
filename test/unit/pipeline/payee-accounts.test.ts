// The payee-accounts check: a correspondent whose mail has named its bank accounts for weeks and
// now names another, the supplier's mailbox taken over. What it remembers (accepted, authenticated
// mail's accounts per sender; our own accounts from outbound mail) and what it then says, in the
// offices' charsets and in an attached PDF; and what it leaves alone: the sender's own accounts, a
// sender with no history yet, our own account quoted back, another free-mail user.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMessage } from '../../../src/mail/parse.ts';
import { accountsOf } from '../../../src/content/bank-accounts.ts';
import {
  confirmPayeeAccount, forgetPayeeAccount, listPayeeAccounts, NotAnAccountError, payeeAccountsCheck, payeeAccountsOptionsSchema, payeeSenderOf, rememberOurAccounts, rememberPayeeAccounts,
} from '../../../src/pipeline/checks/payee-accounts.ts';
import { mailWithDocuments, printedPdf } from '../../helpers/pdf.ts';
import { authenticatedAs, authResults, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-payee-');
const run = hitLines(payeeAccountsCheck, { store: temp, recipients: ['ap@example.com'] });
const options = payeeAccountsOptionsSchema.parse({});
const DAY = 86_400_000;
const OLD = 'DE89 3704 0044 0532 0130 00', NEW = 'LT12 1000 0111 0100 1000', OTHER = 'PL61 1090 1014 0000 0712 1981 2874';
/** another German account: a German supplier's change of banks at home */
const HOME = 'DE02 1203 0000 0000 2020 51';

/** The gateway accepting a message `days` ago, authenticated for `domain` (or not, with null): what it learns. */
async function accepted(raw: Buffer, domain: string | null, days: number): Promise<number> {
  const auth = domain ? authResults(authenticatedAs(domain)) : authResults();
  return rememberPayeeAccounts(temp.store, await parseMessage(raw), async () => auth, { localDomains: ['example.com'], rules: undefined, options, now: Date.now() - days * DAY });
}
const invoice = (from: string, account: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'ap@example.com', `Rechnung 2026-118 über 4.180,00 EUR. Bitte überweisen Sie auf IBAN ${account}.`, charset, 'Rechnung');

describe('payee accounts', () => {
  it('reads every account a message names once, in the text and in attached documents', async () => {
    assert.deepEqual(accountsOf([{ text: `IBAN ${OLD} / ${OLD.replace(/ /g, '')}` }, { text: 'Sort code: 40-47-84 Account number: 70872490' }]), ['DE89370400440532013000', '40-47-84 70872490']);
  });

  it('a known supplier saying its bank details changed, with an account its mail never named', async () => {
    assert.equal(await accepted(invoice('Buchhaltung <rechnungen@lieferant.example>', OLD, 'iso-8859-1'), 'lieferant.example', 60), 1);
    assert.equal(await accepted(invoice('Buchhaltung <rechnungen@lieferant.example>', OLD, 'iso-8859-1'), 'lieferant.example', 30), 1);
    const since = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    // another mailbox of the same organisation, another charset: the organisation's accounts
    const change = plainTextMail('S. Maier <s.maier@billing.lieferant.example>', 'ap@example.com', `Wegen eines Bankwechsels gilt ab sofort unsere neue Bankverbindung: IBAN ${NEW}. Bitte passen Sie Ihre Stammdaten an.`, 'windows-1252');
    assert.deepEqual(await run(change, authenticatedAs('lieferant.example')), [
      `PAYEE_ACCOUNT_CHANGED: lieferant.example's mail names LT12…1000, not an account its mail named before (1 named since ${since}), and says "neue bankverbindung"`,
      'PAYEE_ACCOUNT_ABROAD: LT12…1000 in LT, where lieferant.example\'s accounts are in DE',
    ]);
    // a change of banks at home: the change without the foreign account
    assert.deepEqual(await run(plainTextMail('S. Maier <s.maier@lieferant.example>', 'ap@example.com', `Zum 1. Januar wechseln wir die Hausbank. Neue Bankverbindung: IBAN ${HOME}`, 'iso-8859-1'), authenticatedAs('lieferant.example')), [
      `PAYEE_ACCOUNT_CHANGED: lieferant.example's mail names DE02…2051, not an account its mail named before (1 named since ${since}), and says "neue bankverbindung"`,
    ]);
    // unauthenticated too: the account is still not the supplier's
    assert.equal((await run(change)).length, 2);
    // the same change with the supplier's own account: nothing new
    assert.deepEqual(await run(plainTextMail('S. Maier <s.maier@lieferant.example>', 'ap@example.com', `Unsere neue Bankverbindung ab Januar bleibt ${OLD}.`)), []);
    // an invoice naming another account, without a word of a change
    assert.deepEqual(await run(invoice('Buchhaltung <rechnungen@lieferant.example>', NEW), authenticatedAs('lieferant.example')), [
      `PAYEE_ACCOUNT_UNFAMILIAR: lieferant.example's mail names LT12…1000, not an account its mail named before (1 named since ${since})`,
      'PAYEE_ACCOUNT_ABROAD: LT12…1000 in LT, where lieferant.example\'s accounts are in DE',
    ]);
  });

  it('in the offices\' languages and charsets, and in an attached PDF', async () => {
    await accepted(plainTextMail('Ksiegowosc <ksiegowosc@partner.example>', 'ap@example.com', `Faktura VAT 118/2026, rachunek: ${OTHER}`, 'iso-8859-2'), 'partner.example', 40);
    for (const [body, charset] of [
      [`Uprzejmie informujemy o zmianie numeru rachunku: ${NEW}`, 'iso-8859-2'],
      [`Сообщаем о смене реквизитов: IBAN ${NEW}`, 'koi8-r'],
      [`Σας ενημερώνουμε για αλλαγή τραπεζικού λογαριασμού: ${NEW}`, 'iso-8859-7'],
    ] as const) {
      const hits = await run(plainTextMail('Ksiegowosc <ksiegowosc@partner.example>', 'ap@example.com', body, charset), authenticatedAs('partner.example'));
      assert.match(hits[0] ?? '', /^PAYEE_ACCOUNT_CHANGED: partner\.example's mail names LT12…1000/, `${charset}: ${body}`);
    }
    const pdf = printedPdf(`<h1>Mitteilung</h1><p>Wir teilen Ihnen unsere neue Bankverbindung mit: IBAN ${NEW}</p>`);
    const raw = mailWithDocuments('From: Ksiegowosc <ksiegowosc@partner.example>\r\nTo: ap@example.com\r\nSubject: Mitteilung\r\n', 'W załączeniu pismo.', ['Mitteilung.pdf', pdf]);
    assert.match((await run(raw))[0] ?? '', /^PAYEE_ACCOUNT_CHANGED: .*says "neue bankverbindung" in the PDF Mitteilung\.pdf$/);
  });

  it('an account becomes the sender\'s own only after establishDays; a sender with no old account is not judged', async () => {
    await accepted(invoice('AP <ap@haulier.example>', OLD), 'haulier.example', 90);
    await accepted(invoice('AP <ap@haulier.example>', NEW), 'haulier.example', 3);
    assert.equal((await run(invoice('AP <ap@haulier.example>', NEW)))[0]?.split(':')[0], 'PAYEE_ACCOUNT_UNFAMILIAR', 'named three days ago: still new');
    await accepted(invoice('AP <ap@haulier.example>', NEW), 'haulier.example', 20);
    assert.deepEqual(await run(invoice('AP <ap@haulier.example>', NEW)), [], 'named twenty days ago: its own');
    // everything it named is recent: no account of its own to compare with
    await accepted(invoice('Office <office@newcomer.example>', OLD), 'newcomer.example', 2);
    assert.deepEqual(await run(plainTextMail('Office <office@newcomer.example>', 'ap@example.com', `Our new bank details: ${NEW}`)), []);
  });

  it('learns nothing from a forged From; keeps free-mail senders apart; our own account quoted back is not a change', async () => {
    assert.equal(await accepted(invoice('Shop <info@forged.example>', OLD), null, 60), 0);
    assert.deepEqual(await run(plainTextMail('Shop <info@forged.example>', 'ap@example.com', `Our new bank details: ${NEW}`)), []);
    // free mail: the address is the sender, not gmail.com
    await accepted(invoice('Marco <marco.trasporti@gmail.com>', OLD), 'gmail.com', 60);
    assert.equal((await run(plainTextMail('Marco <marco.trasporti@gmail.com>', 'ap@example.com', `Nuove coordinate bancarie: ${NEW}`), authenticatedAs('gmail.com')))[0]?.split(':')[0], 'PAYEE_ACCOUNT_CHANGED');
    assert.deepEqual(await run(plainTextMail('Anna <anna.rossi@gmail.com>', 'ap@example.com', `Nuove coordinate bancarie: ${NEW}`), authenticatedAs('gmail.com')), []);
    // our invoices name our account to customers; once to three organisations it is ours
    await accepted(invoice('Kunde <einkauf@kunde.example>', OLD), 'kunde.example', 60);
    const ours = 'GB29 NWBK 6016 1331 9268 19';
    const quoting = plainTextMail('Kunde <einkauf@kunde.example>', 'ap@example.com', `Die Zahlung auf Ihre neue IBAN ${ours} ist erfolgt.`);
    const ourInvoice = plainTextMail('Billing <billing@example.com>', 'x@a.example', `Invoice 77, payable to IBAN ${ours}`);
    assert.equal(await rememberOurAccounts(temp.store, ourInvoice, ['einkauf@kunde.example', 'ap@sub.a.example'], options), 1);
    assert.equal((await run(quoting))[0]?.split(':')[0], 'PAYEE_ACCOUNT_CHANGED', 'two organisations: maybe only quoted to them');
    await rememberOurAccounts(temp.store, ourInvoice, ['orders@b.example'], options);
    assert.deepEqual(await run(quoting), [], 'three organisations: ours');
    assert.equal(await accepted(quoting, 'kunde.example', 1), 0, 'nor is ours remembered as the customer\'s');
  });

  it('the admin\'s corrections: an account confirmed by telephone is the sender\'s at once; one forgotten is new again; audited', async () => {
    await accepted(invoice('Amministrazione <amministrazione@vettore.example>', 'IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'), 'vettore.example', 60);
    const change = plainTextMail('Amministrazione <amministrazione@vettore.example>', 'ap@example.com', `Vi comunichiamo le nuove coordinate bancarie: IBAN ${HOME}`, 'iso-8859-15');
    assert.equal((await run(change, authenticatedAs('vettore.example')))[0]?.split(':')[0], 'PAYEE_ACCOUNT_CHANGED');
    // the sender as an admin names it: an address or a domain of the organisation; on free mail the address
    assert.equal(payeeSenderOf('Amministrazione@Vettore.example', undefined), 'vettore.example');
    assert.equal(payeeSenderOf('@billing.vettore.example', undefined), 'vettore.example');
    assert.equal(payeeSenderOf('mario.rossi@gmail.com', undefined), 'mario.rossi@gmail.com');
    for (const bad of ['gmail.com', 'vettore', 'not a domain.example', '']) assert.equal(payeeSenderOf(bad, undefined), null, bad);
    // confirmed (the AP clerk called the carrier back): the change no longer flagged
    const row = await confirmPayeeAccount(temp.store, 'vettore.example', HOME.toLowerCase().replace(/ /g, ''), options, 'admin');
    assert.deepEqual([row.country, row.own], ['DE', true]);
    assert.deepEqual(await run(change, authenticatedAs('vettore.example')), []);
    const rows = await listPayeeAccounts(temp.store, 'vettore.example', options);
    assert.deepEqual(rows.map((r) => [r.country, r.own]), [['DE', true], ['IT', true]], 'the most lately named first');
    assert.ok(rows.every((r) => /^[\w-]{8}$/.test(r.id)), 'an id, not the account');
    await assert.rejects(confirmPayeeAccount(temp.store, 'vettore.example', 'DE89 3704 0044 0532 0130 01', options, 'admin'), (err: Error) => err instanceof NotAnAccountError && /is not a bank account/.test(err.message));
    // forgotten by its id: new again, flagged again; by the account typed in full; an unknown id
    assert.equal(await forgetPayeeAccount(temp.store, 'vettore.example', { id: rows[0]!.id }, options, 'admin'), true);
    assert.equal((await run(change, authenticatedAs('vettore.example')))[0]?.split(':')[0], 'PAYEE_ACCOUNT_CHANGED');
    assert.equal(await forgetPayeeAccount(temp.store, 'vettore.example', { account: 'IT60X0542811101000000123456' }, options, 'admin'), true);
    assert.equal(await forgetPayeeAccount(temp.store, 'vettore.example', { id: rows[0]!.id }, options, 'admin'), false);
    assert.deepEqual(await listPayeeAccounts(temp.store, 'vettore.example', options), []);
    const audit = (await temp.store.settings.auditLog(10)).filter((a) => a.what.startsWith('payee.')).map((a) => [a.what, (a.detail as { removed?: boolean }).removed ?? (a.detail as { account: string }).account]);
    assert.deepEqual(audit, [['payee.forget', false], ['payee.forget', true], ['payee.forget', true], ['payee.confirm', 'DE02…2051']]);
  });
});
