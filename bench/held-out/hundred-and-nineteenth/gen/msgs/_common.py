"""Shared snippets for the message modules."""
from lib import bodies as B
from lib import mimekit as mk
from lib import world as W
from lib.mimekit import Part

S = W.S

LIEF = dict(name='Lieferant GmbH', logo='LIEFERANT', sub='Ersatzteile · Reifen · Batterien für Flurförderzeuge',
            lines=['Eckendorfer Straße 91', '33609 Bielefeld', 'Tel. +49 521 92784-0', 'Fax +49 521 92784-99',
                   'info@lieferant-gmbh.de', 'www.lieferant-gmbh.de'])
LIEF_FOOT = ['Lieferant GmbH · Sitz Bielefeld · Amtsgericht Bielefeld HRB 45121 · Geschäftsführer: Jörg Lindemann, Dr. Anke Rössler',
             'USt-IdNr. %s · Steuer-Nr. 305/5781/2294' % W.LIEF_VAT]
EX_DE_ADDR = ['Example Fördertechnik GmbH', 'Kreditorenbuchhaltung', 'Am Blumenkampshof 12', '47059 Duisburg']
EX_IT_ADDR = ['Spett.le', 'Example Carrelli Elevatori S.r.l.', 'Via Francia 21', '37135 Verona (VR)']
EX_PL_ADDR = ['Example Wózki Widłowe sp. z o.o.', 'ul. Krzywoustego 80', '61-144 Poznań', 'NIP %s' % W.PL_NIP]
FER = dict(name='Ferretti Trasporti S.p.A.', logo='FERRETTI', sub='Trasporti e logistica dal 1968',
           lines=['Via Caorsana 88', '29122 Piacenza (PC)', 'Tel. +39 0523 614 200', 'amministrazione@ferretti-trasporti.it',
                  'P.IVA IT%s' % W.FER_PIVA])
PLOG = dict(name='Partner Logistik sp. z o.o.', logo='PARTNER LOGISTIK', sub='Magazynowanie · Dystrybucja · Transport',
            lines=['ul. Logistyczna 6', '55-040 Bielany Wrocławskie', 'tel. +48 71 780 44 10', 'NIP %s' % W.PL_PARTNER_NIP,
                   'KRS 0000654312'])


def sig_de(key, phone_ext, title, entity='Example Fördertechnik GmbH'):
    d, a = S[key]
    return ('Mit freundlichen Grüßen\n\n%s\n%s\n\n%s\nAm Blumenkampshof 12 · 47059 Duisburg\nTel. +49 203 60874-%s\n%s · www.example.com'
            % (d, title, entity, phone_ext, a))


def outlook_alt(m, markup, charset='iso-8859-1', cte='quoted-printable', lang='DE', bstyle='o365', idx=0,
                font='Aptos', size='12.0pt', html_charset=None, link_style='outlook', reply=False):
    """Outlook/Exchange-style multipart/alternative from light markup."""
    hcs = html_charset or charset
    plain = B.text(B.to_plain(markup, link_style), charset=charset, cte=cte)
    htm = B.html(B.to_html_outlook(markup, hcs, lang, font=font, size=size, reply=reply), charset=hcs, cte=cte)
    return B.alt(plain, htm, B.boundary(m, bstyle, idx))


def gmail_alt(m, markup, cte='quoted-printable', idx=0):
    plain = B.text(B.to_plain(markup, 'gmail', quote_style='gt'), charset='UTF-8', cte=cte).set_charset_fmt('"UTF-8"')
    htm = B.html(B.to_html_gmail(markup), charset='UTF-8', cte=cte).set_charset_fmt('"UTF-8"')
    p = B.alt(plain, htm, B.boundary(m, 'gmail', idx))
    for x in p.parts:
        x.ct_style = 'inline'
    p.ct_style = 'inline'
    return p
