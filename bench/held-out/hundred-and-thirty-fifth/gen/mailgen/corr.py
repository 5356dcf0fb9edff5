"""Correspondent details reused across messages (addresses, signatures)."""
from . import ident, org

LIEF = dict(
    name='Lieferant GmbH', street='Flughafendamm 42', city='28199 Bremen', tel='+49 421 538640-0',
    fax='+49 421 538640-99', web='www.lieferant-gmbh.de', gf='Rainer Kluge, Dr. Bettina Hollmann',
    hrb='Amtsgericht Bremen HRB 28714 HB', ust=ident.de_ustid('11482736'),
    bank='Sparkasse Bremen', bic='SBREDE22XXX', iban=org.LIEFERANT_IBAN,
    relay='mail.lieferant-gmbh.de', ip='203.0.113.25')


def lief_footer_lines():
    return ['Lieferant GmbH · %s · %s' % (LIEF['street'], LIEF['city']),
            'Tel. %s · Fax %s · %s' % (LIEF['tel'], LIEF['fax'], LIEF['web']),
            'Geschäftsführer: %s · %s · USt-IdNr. %s' % (LIEF['gf'], LIEF['hrb'], LIEF['ust'])]


def sig_maier(domain='lieferant-gmbh.de'):
    return ('Mit freundlichen Grüßen\n\nStefan Maier\nKey Account Manager Helicopter Support\n\n'
            'Lieferant GmbH\nFlughafendamm 42 | 28199 Bremen\nTel. +49 421 538640-31 | Mobil +49 171 4482913\n'
            's.maier@%s | www.lieferant-gmbh.de\n\n'
            'Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann\nAmtsgericht Bremen HRB 28714 HB | USt-IdNr. %s\n'
            'EN 9120 / EASA Part-145 DE.145.0412' % (domain, LIEF['ust']))


def sig_lang(domain='lieferant-gmbh.de'):
    return ('Mit freundlichen Grüßen\n\nPetra Lang\nInnendienst / Auftragsabwicklung\n\n'
            'Lieferant GmbH\nFlughafendamm 42 | 28199 Bremen\nTel. +49 421 538640-17 | Fax +49 421 538640-99\n'
            'p.lang@%s | www.lieferant-gmbh.de\n\n'
            'Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann\nAmtsgericht Bremen HRB 28714 HB | USt-IdNr. %s'
            % (domain, LIEF['ust']))


FERR = dict(name='Ferretti Trasporti S.p.A.', street='Via dell\'Industria 14', city='24040 Verdellino (BG)',
            piva='IT' + ident.it_piva('0318742016'), tel='+39 035 884 1270', web='www.ferretti-trasporti.it',
            tenant='3f6c1e2a-8b47-4d9e-a1c5-72e0b9d4f318', iban=org.FERRETTI_IBAN)


def sig_colombo():
    return ('Cordiali saluti\n\nChiara Colombo\nUfficio Traffico Internazionale\n\nFerretti Trasporti S.p.A.\n'
            'Via dell\'Industria 14 – 24040 Verdellino (BG)\nTel. +39 035 884 1270 – int. 214\nCell. +39 348 771 2093\n'
            'c.colombo@ferretti-trasporti.it – www.ferretti-trasporti.it')


PL = dict(name='Partner Logistik sp. z o.o.', street='ul. Półłanki 64', city='30-740 Kraków',
          nip=ident.pl_nip('679310475'), krs='0000487213', tel='+48 12 290 44 10', web='www.partner-logistik.pl',
          iban=org.PARTNER_IBAN)


def sig_zielinski():
    return ('Pozdrawiam serdecznie\nTadeusz Zieliński\nKierownik Działu Obsługi Klienta / Agencja Celna\n\n'
            'Partner Logistik sp. z o.o.\nul. Półłanki 64, 30-740 Kraków\ntel. +48 12 290 44 10 wew. 22\n'
            'kom. +48 601 384 219\nwww.partner-logistik.pl')


EXAMPLE_DE = org.ENTITIES[0]


def sig_example(name, role, phone, lang='de', mobile=None, email=None, entity=0):
    e = org.ENTITIES[entity]
    lines = [name, role, '', e['name'], e['address'].replace(', Deutschland', '').replace(', Italia', '')
             .replace(', Polska', '').replace(', España', '').replace(', Ελλάδα', '').replace(', United Kingdom', ''),
             'Tel. %s' % phone if lang != 'en' else 'Tel. %s' % phone]
    if mobile:
        lines.append(('Mobil %s' if lang == 'de' else 'Mob. %s') % mobile)
    if email:
        lines.append(email)
    lines.append('www.example.com')
    return '\n'.join(lines)
