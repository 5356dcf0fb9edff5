"""Documents shared by several messages (a genuine layout can be re-used by
the fraudster who edited it)."""
from msgs.common import *  # noqa
from lib.company import LIEF, ENT


def lieferant_invoice(m, number, date, order, items, iban, bic, bank, qr_iban=None, qr_bic=None,
                      producer='PDFlib+PDI 10.0.1 (Win64)', creator='proALPHA ERP 8.2 Formularserver', due='30 Tage netto',
                      created=None, with_qr=True, delivery=''):
    net = round(sum(q * p for _, _, q, p, _ in items), 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    rows = [(pos, desc, '%s %s' % (eur(q).rstrip('0').rstrip(','), unit), eur(p), eur(q * p)) for pos, desc, q, p, unit in
            [(i[0], i[1], i[2], i[3], i[4]) for i in items]]
    qr = None
    cap = ()
    if with_qr:
        payload = epc_payload(qr_bic or bic, 'Lieferant GmbH', qr_iban or iban, gross, text='%s Kd-Nr 10472' % number)
        qr = qr_matrix(m, payload, where='pdf')
        cap = ('GiroCode – mit Banking-App scannen',)
    pdf = doc_pdf(
        m, head='Lieferant GmbH', head_sub=('Rohstoffe · Spurennährstoffe · Verpackung', '%s · %s · Tel. %s' % (LIEF['addr'][0], LIEF['addr'][1], LIEF['phone'])),
        recipient=('Example Group GmbH', 'Kreditorenbuchhaltung', 'Hafenstraße 64', '34125 Kassel'),
        meta=(('Rechnung Nr.', number), ('Rechnungsdatum', date), ('Kunden-Nr.', '10472'), ('Ihre Bestellung', order),
              ('Lieferschein', delivery or 'siehe Anlage'), ('USt-IdNr. Kunde', ENT['DE']['vat'])),
        title='Rechnung %s' % number,
        table=(('Pos.', 'Bezeichnung', 'Menge', 'Preis/Einh. EUR', 'Betrag EUR'), rows, (32, 236, 70, 75, 70), ('l', 'l', 'r', 'r', 'r')),
        totals=(('Nettobetrag', eur(net) + ' EUR', False), ('zzgl. 19 % USt.', eur(vat) + ' EUR', False), ('Rechnungsbetrag', eur(gross) + ' EUR', True)),
        after=('Zahlungsbedingungen: %s ohne Abzug.' % due,
               'Bankverbindung: %s · IBAN %s · BIC %s' % (bank, ids.fmt_iban(iban), bic),
               'Bitte geben Sie bei Zahlung die Rechnungsnummer an.'),
        qr=qr, qr_caption=cap, creator=creator, producer=producer, author='Lieferant GmbH',
        footer=('Lieferant GmbH · Sitz Hannover · %s · USt-IdNr. %s · Geschäftsführer: Dipl.-Kfm. Werner Lieferant, Stefan Maier' % (LIEF['reg'], LIEF['vat']),
                'Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen (www.lieferant-gmbh.de/avb).'),
        color=(0.12, 0.42, 0.20), created=created, doc_title='Rechnung %s' % number)
    return pdf, gross


def lieferant_letter(m, date, recipient, subject, paras, sign, producer='Microsoft® Word für Microsoft 365', created=None, author='Petra Lang'):
    return doc_pdf(m, head='Lieferant GmbH', head_sub=('Rohstoffe · Spurennährstoffe · Verpackung', '%s · %s · Tel. %s' % (LIEF['addr'][0], LIEF['addr'][1], LIEF['phone'])),
                   recipient=recipient, letter_date='Hannover, %s' % date, title=subject, intro=paras, sign=sign,
                   creator=producer, producer=producer, author=author, created=created,
                   footer=('Lieferant GmbH · Sitz Hannover · %s · USt-IdNr. %s · Geschäftsführer: Dipl.-Kfm. Werner Lieferant, Stefan Maier' % (LIEF['reg'], LIEF['vat']),),
                   color=(0.12, 0.42, 0.20), doc_title=subject)
