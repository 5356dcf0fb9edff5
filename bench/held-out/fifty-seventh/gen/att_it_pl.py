"""Attack messages 17-26 (Italian, Polish)."""
import files
import ids
import infra
from company import BANK, S, C
from helpers import alt, esc, html_outlook, html_tb, mixed, pdf_att, qr_img, quote_outlook, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def A(num, lang, slug, **kw):
    d = dict(folder='attack', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


EX_PL_NIP = ids.pl_nip('676248193') or ids.pl_nip('676248194')


# --- Italian ---------------------------------------------------------------------------------------
@reg
def a17():
    iban = BANK['fraud_lt_paysera']
    q2 = quote_outlook('it', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>', 'giovedì 5 novembre 2026 11:02',
                       'Niccolò Santoro <niccolo.santoro@example.com>',
                       'R: Fattura n. 1187/2026 – trasporti ottobre Bologna',
                       'Buongiorno Niccolò,\n\ngrazie mille per la conferma, resto a disposizione.\n\nChiara')
    q1 = quote_outlook('it', 'Niccolò Santoro <niccolo.santoro@example.com>', 'giovedì 5 novembre 2026 10:14',
                       'Chiara Colombo <c.colombo@ferretti-trasporti.it>',
                       'Fattura n. 1187/2026 – trasporti ottobre Bologna',
                       'Buongiorno Chiara,\n\nho ricevuto la fattura n. 1187/2026 relativa ai trasporti di ottobre per la '
                       'sede di Bologna. Vi confermo che sarà saldata con il bonifico di fine mese insieme alla 1203.\n\n'
                       'Cordiali saluti\nNiccolò Santoro\nAmministrazione – Example Group, sede di Bologna')
    text = f"""Buongiorno Niccolò,

riprendo questa mail per un aggiornamento importante. A seguito di una verifica fiscale in corso sul nostro conto principale presso Intesa Sanpaolo, l'amministrazione ci ha chiesto di far confluire temporaneamente tutti gli incassi sul conto di appoggio indicato qui sotto, fino alla chiusura della verifica (prevista per fine gennaio).

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: {ids.fmt_iban(iban)}
BIC: EVIULT2VXXX

Vi chiediamo quindi di disporre il bonifico di fine mese per le fatture 1187/2026 (€ 2.846,40) e 1203/2026 (€ 1.312,00) su queste nuove coordinate e di inviarci la contabile appena effettuato, così da poter chiudere le posizioni. La lettera ufficiale con timbro vi arriverà per posta ordinaria.

Sono fuori sede per tutta la settimana: per qualsiasi cosa scrivetemi pure qui, il numero fisso dell'ufficio in questi giorni non è presidiato.

Grazie per la collaborazione e buona giornata
Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via Emilia Ovest 1120 – 41123 Modena

{q2}
{q1}"""
    return A(17, 'it', 'thread-hijack-carrier-bank-change',
             date='2026-11-20 08:52:37', zone='IT',
             **{'from': C('ferretti', 0)}, to=[S('it_acc')],
             reply_to=('Chiara Colombo', 'c.colombo@ferretti-trasporti-spa.it'),
             subject='R: Fattura n. 1187/2026 – trasporti ottobre Bologna',
             hcs=('iso-8859-1', 'Q'),
             body=alt(text, html_outlook(text, 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable'),
             infra=infra.aruba, ikw=dict(client_ip='185.107.56.203'),
             in_reply_to='<000401dc4f3a$6c1e2d40$445a87c0$@ferretti-trasporti.it>',
             references='<c3d1f0a8e2b94d6f9a17e5c2b08d4f61@EXCH01.corp.example.com> <000401dc4f3a$6c1e2d40$445a87c0$@ferretti-trasporti.it>',
             what='Thread hijack: from the genuinely compromised mailbox of the carrier\'s administrator, a reply in a '
                  'real invoice thread announces a "temporary" Lithuanian (Paysera) account for two open invoices.',
             why='Real mailbox, real thread, but logged in from a Dutch VPN address instead of the carrier\'s usual line; '
                 'Reply-To diverted to the look-alike ferretti-trasporti-spa.it; an Italian S.p.A. moving collections to '
                 'a Lithuanian EMI account "because of a tax audit"; office phone "not staffed". Genuine Ferretti '
                 'invoice in the same series: business 17.')


@reg
def a18():
    text = """Gentile Contribuente,

Le trasmettiamo in allegato la comunicazione relativa agli esiti del controllo automatizzato della dichiarazione IVA per il periodo d'imposta 2024 (art. 54-bis DPR 633/72), dalla quale risultano somme non versate per un importo complessivo di € 3.418,62, comprensivo di sanzioni e interessi.

A tutela della riservatezza dei dati fiscali, il documento è contenuto in un archivio protetto.
Password di apertura: AdE118734

Entro 60 giorni dal ricevimento può regolarizzare la posizione beneficiando della riduzione delle sanzioni a un terzo, oppure fornire chiarimenti tramite il servizio CIVIS.

Cordiali saluti

Agenzia delle Entrate
Direzione Regionale dell'Emilia-Romagna
Ufficio Controlli – Team Liquidazione"""
    z = zip_att('Comunicazione_54bis_prot_2026_118734.zip',
                [('Comunicazione_54bis_2026_118734.pdf.js', files.PLACEHOLDER)],
                password='AdE118734', seed='a18', dt=(2026, 11, 11, 9, 3, 0))
    body = mixed(Text(text, 'plain', 'UTF-8', 'quoted-printable', ctparams='; format=flowed'), z)
    return A(18, 'it', 'tax-agency-encrypted-zip-compromised-firm',
             date='2026-11-11 09:07:14', zone='IT',
             **{'from': ('Agenzia delle Entrate', 'segreteria@studiomarchetti-commercialisti.it')},
             to=[S('it_acc')],
             subject="Comunicazione esiti controllo automatizzato – prot. 2026/DRER/118734",
             body=body, infra=infra.ovh, ikw=dict(client_ip='94.156.64.212'),
             expect_zip='AdE118734',
             what='Fake Agenzia delle Entrate notice of unpaid VAT with a password-protected ZIP containing a '
                  '.pdf.js script placeholder.',
             why='Sent from the hijacked Roundcube webmail of an unrelated accountancy firm with the display name of '
                 'the tax agency; the Agenzia delivers such notices via PEC/cassetto fiscale, never as encrypted archives; '
                 'password in the body to evade scanning; JScript with double extension.')


@reg
def a19():
    iban = BANK['fraud_dir']
    text = f"""Gentile Responsabile della struttura formativa,

la posizione della Vostra sede di Bologna nell'Elenco Nazionale Enti di Formazione risulta in scadenza al 31/12/2026.

L'Elenco è consultato ogni mese da aziende, fondi interprofessionali e privati alla ricerca di enti erogatori di corsi di lingua, formazione professionale e certificazioni. Per mantenere attiva la scheda anche per il 2027 è sufficiente confermare i dati nel modulo allegato e saldare la quota annuale con la causale indicata:

Pratica: ENF-27-04418
Ente: Example Group – sede di Bologna
Quota annuale 2027: € 1.187,00 + IVA 22% = € 1.448,14
IBAN: {ids.fmt_iban(iban)}
Causale: ENF-27-04418 rinnovo
Termine per la conferma: 30/11/2026

In assenza di conferma entro il termine la scheda verrà sospesa e i dati non saranno più visibili nelle ricerche.

Cordiali saluti
Ufficio Iscrizioni
Elenco Nazionale Enti di Formazione

Il pagamento della quota vale come accettazione della proposta di inserzione per tre annualità alle condizioni generali pubblicate sul sito. L'Elenco Nazionale Enti di Formazione è un servizio editoriale privato e non è collegato agli elenchi regionali degli enti accreditati."""
    html = html_tb(text, 'utf-8')
    pdf = pdf_att('Modulo_conferma_ENF-27-04418.pdf',
                  [('ELENCO NAZIONALE ENTI DI FORMAZIONE', 14, 'B'), 'Modulo di conferma dati e rinnovo 2027', '',
                   'Pratica n. ENF-27-04418', 'Ente: Example Group - sede di Bologna', 'Via Indipendenza 44, 40121 Bologna', '',
                   'Quota annuale 2027: EUR 1.187,00 + IVA 22% = EUR 1.448,14',
                   'IBAN: ' + ids.fmt_iban(iban), 'Causale: ENF-27-04418 rinnovo', '',
                   'Timbro e firma per conferma: ______________________', '',
                   ('Condizioni generali: il presente modulo costituisce proposta contrattuale di inserzione a pagamento per tre annualita.', 7),
                   ('Il contratto si rinnova tacitamente salvo disdetta mediante raccomandata A/R 90 giorni prima della scadenza.', 7),
                   ('Foro competente: Tribunale di Sofia (BG).', 7)],
                  title='Modulo ENF', producer='wkhtmltopdf 0.12.6', creator='', date="D:20261110070311+01'00'")
    return A(19, 'it', 'fake-training-register-invoice',
             date='2026-11-10 07:04:55', zone='IT',
             **{'from': ('Elenco Nazionale Enti di Formazione', 'iscrizioni@elenco-enti-formazione.it')},
             to=[S('it_mgr')],
             env_from='bnc3.mailjet=f81c2a=ENF=francesca.lombardi=example.com@bnc3.mailjet.com',
             subject='Rinnovo iscrizione 2027 – pratica ENF-27-04418 – Example Group Bologna',
             body=mixed(alt(text, html, 'utf-8', 'quoted-printable'), pdf),
             infra=infra.mailjet,
             what='Fake register/directory "renewal" for training providers with an Italian IBAN and a pre-filled form.',
             why='No prior relationship; made to look like the official regional register of accredited training bodies; '
                 'the small print turns payment into a three-year paid listing with tacit renewal and a foreign court; '
                 'sent in bulk via Mailjet. Genuine association membership fee: business 21.')


@reg
def a20():
    link = 'https://rinnovo.aruba-servizi-pec.it/pec/login?c=PEC-4471902&m=examplegroup%40pec.it'
    text = f"""Gentile Cliente,

ti informiamo che il rinnovo automatico della casella PEC examplegroup@pec.it (contratto n. PEC-4471902) non è andato a buon fine perché il metodo di pagamento associato risulta scaduto.

La casella sarà sospesa il 21/11/2026. Dopo la sospensione non potrai inviare né ricevere messaggi di posta certificata e le comunicazioni di enti e pubbliche amministrazioni indirizzate alla casella non verranno consegnate.

Per evitare l'interruzione accedi all'Area Clienti e aggiorna i dati di pagamento (importo del rinnovo: € 9,90 + IVA):
{link}

Grazie per aver scelto Aruba.
Il Team Aruba

Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG)"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6a00;padding:16px 24px;color:#fff;font-size:24px;font-weight:bold">aruba<span style="font-weight:normal">.it</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#333">
<p>Gentile Cliente,</p>
<p>ti informiamo che il rinnovo automatico della casella PEC <b>examplegroup@pec.it</b> (contratto n. PEC-4471902) <b>non è andato a buon fine</b> perché il metodo di pagamento associato risulta scaduto.</p>
<p>La casella sarà sospesa il <b>21/11/2026</b>. Dopo la sospensione non potrai inviare né ricevere messaggi di posta certificata e le comunicazioni di enti e pubbliche amministrazioni indirizzate alla casella non verranno consegnate.</p>
<p>Per evitare l'interruzione accedi all'Area Clienti e aggiorna i dati di pagamento (importo del rinnovo: € 9,90 + IVA).</p>
<p style="text-align:center"><a href="{link}" style="background:#ff6a00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Rinnova ora</a></p>
<p>Grazie per aver scelto Aruba.<br>Il Team Aruba</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG)</td></tr>
</table></body></html>"""
    return A(20, 'it', 'pec-renewal-phish-lookalike-vps',
             date='2026-11-18 06:41:09', zone='IT',
             **{'from': ('Aruba.it', 'noreply@aruba-servizi-pec.it')}, to=[S('it_mgr')],
             subject='Rinnovo PEC non riuscito – la casella examplegroup@pec.it verrà sospesa',
             body=alt(text, html, 'utf-8', 'base64'),
             infra=infra.postfix,
             ikw=dict(helo='mail.aruba-servizi-pec.it', rdns='vps-3f9a21c4.vps.ovh.net', ip='51.91.118.204',
                      submit_ip='', via_localhost=True, ua='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
             what='Aruba PEC "renewal failed, mailbox will be suspended" phishing leading to a fake customer area that '
                  'asks for login and card details.',
             why='Look-alike domain aruba-servizi-pec.it on an OVH VPS with PHPMailer (real Aruba mail comes from '
                 'staff.aruba.it via Aruba\'s relays); suspension threat within days; link to a non-Aruba host. Genuine '
                 'Aruba renewal reminder: business 18.')


@reg
def a21():
    iban = BANK['fraud_it']
    html = f"""<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>Gentile Dott.ssa Lombardi,<br></div><div><br></div>
<div>mi presento: sono l'Avv. Stefano Ricciardi dello Studio Legale Ricciardi &amp; Associati di Milano. Su incarico del Dott. Jürgen Köhler, che legge in copia, seguiamo per conto di Example Group l'acquisizione di una scuola di lingue con sede a Padova.<br></div><div><br></div>
<div>L'operazione è soggetta a un vincolo di riservatezza fino alla comunicazione ufficiale prevista per metà dicembre: La prego pertanto di non parlarne con altri colleghi, neppure della sede centrale.<br></div><div><br></div>
<div>Il Dott. Köhler ha indicato Lei come referente operativa per l'Italia. Oggi deve essere disposto il versamento della caparra confirmatoria di <b>€ 148.500,00</b> sul conto dedicato dello studio notarile incaricato:<br></div><div><br></div>
<div>Beneficiario: Studio Notarile Associato Bertelli<br>IBAN: {ids.fmt_iban(iban)}<br>Causale: Caparra confirmatoria – rif. SLR/2026/311<br></div><div><br></div>
<div>Le chiedo di confermarmi via e-mail entro le ore 13:00 l'avvenuto inserimento del bonifico. Le autorizzazioni interne verranno regolarizzate dal Dott. Köhler al suo rientro a Colonia.<br></div><div><br></div>
<div>Distinti saluti<br></div><div><br></div><div>Avv. Stefano Ricciardi<br>Studio Legale Ricciardi &amp; Associati<br>Corso di Porta Vittoria 18 – 20122 Milano<br></div><div><br></div>
<div>---- Il mer, 02 dic 2026 08:12:40 +0100 <b>Jürgen Köhler &lt;juergen.koehler@examplegroup-eu.com&gt;</b> ha scritto ---<br></div>
<blockquote style="border-left: 1px solid #0000FF; padding-left: 6px; margin: 0 0 0 5px;"><div>Francesca,<br>please follow the instructions of Avv. Ricciardi today. The matter is strictly confidential, please do not discuss it with anyone in Bologna or Cologne until the announcement. I am in meetings all day and cannot take calls.<br>Thank you,<br>Jürgen<br></div></blockquote></div>"""
    return A(21, 'it', 'fake-lawyer-ceo-confidential-deposit',
             date='2026-12-02 09:31:18', zone='IT',
             **{'from': ('Avv. Stefano Ricciardi', 's.ricciardi@ricciardi-legal.eu')},
             to=[S('it_mgr')], cc=[('Jürgen Köhler', 'juergen.koehler@examplegroup-eu.com')],
             subject='Riservato – operazione societaria, incarico del Dott. Köhler',
             body=Text(html, 'html', 'UTF-8', 'quoted-printable'),
             infra=infra.zoho, ikw=dict(client_ip='41.216.188.9'),
             what='Fake-lawyer BEC: an "attorney" with the "CEO" in copy asks the Bologna office manager to wire a '
                  '148,500 EUR confidential deposit for an acquisition.',
             why='Both the lawyer domain and the CEO address (examplegroup-eu.com, not examplegroup.eu) are look-alikes '
                 'on Zoho Mail; secrecy towards HQ, same-day deadline, authorisations "regularised later", payee '
                 'unrelated to any known supplier. The CEO\'s genuine urgent requests come through the internal relay: '
                 'business 01.')


# --- Polish ------------------------------------------------------------------------------------------
@reg
def a22():
    link = 'https://ksef-podatki.pl/aplikacja-podatnika/token?nip=' + EX_PL_NIP + '&s=b7c21e'
    text = f"""Szanowni Państwo,

informujemy, że token uwierzytelniający wykorzystywany przez Państwa system finansowo-księgowy do komunikacji z Krajowym Systemem e-Faktur (NIP {EX_PL_NIP}) wygasa 30.11.2026 r.

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych za pośrednictwem integracji API nie będzie możliwe. Faktury wystawione poza KSeF w okresie obowiązkowym mogą skutkować sankcjami określonymi w art. 106gb ustawy o VAT.

Aby wygenerować nowy token, należy zalogować się do Aplikacji Podatnika KSeF i potwierdzić nadane uprawnienia:
{link}

Ministerstwo Finansów
Krajowa Administracja Skarbowa

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać."""
    html = f"""<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid #d4213d">
<tr><td style="padding:18px 26px;font-size:17px"><b>podatki.gov.pl</b> &nbsp;|&nbsp; Krajowy System e-Faktur</td></tr>
<tr><td style="padding:0 26px 20px 26px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający wykorzystywany przez Państwa system finansowo-księgowy do komunikacji z Krajowym Systemem e-Faktur (NIP {EX_PL_NIP}) wygasa <b>30.11.2026 r.</b></p>
<p>Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych za pośrednictwem integracji API nie będzie możliwe. Faktury wystawione poza KSeF w okresie obowiązkowym mogą skutkować sankcjami określonymi w art. 106gb ustawy o VAT.</p>
<p style="text-align:center"><a href="{link}" style="background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none">Zaloguj się i wygeneruj token</a></p>
<p>Ministerstwo Finansów<br>Krajowa Administracja Skarbowa</p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</p></td></tr></table></body></html>"""
    return A(22, 'pl', 'ksef-token-phish-mailgun',
             date='2026-11-24 07:15:40', zone='PL',
             **{'from': ('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.pl')}, to=[S('pl_acc')],
             env_from='bounce+a8f1e2.7c1b-pawel.lukasik=example.com@ksef-podatki.pl',
             subject='KSeF: token uwierzytelniający wygasa 30.11.2026 – wymagane ponowne logowanie',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.mailgun, ikw=dict(from_dom='ksef-podatki.pl'),
             what='Polish KSeF (national e-invoicing system) "token expires" notice leading to a fake taxpayer '
                  'application login.',
             why='The Ministry of Finance does not mail token expiry warnings from ksef-podatki.pl via Mailgun; KSeF '
                 'lives under mf.gov.pl/podatki.gov.pl; sanctions threat; harvests login to the e-invoicing system.')


@reg
def a23():
    iban = BANK['fraud_pl']
    text = f"""Dzień dobry Panie Pawle,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę z dniem 1 grudnia 2026 r. rachunek prowadzony w mBanku zostaje zamknięty. Wszystkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:

ING Bank Śląski S.A.
{ids.fmt_iban(iban)}

Dotyczy to również faktur FV/2026/11/0342 i FV/2026/11/0351, których termin płatności przypada w przyszłym tygodniu.

Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. białej listy). Aktualizacja może potrwać kilka dni roboczych, dlatego prosimy nie wstrzymywać płatności z tego powodu – stosowne oświadczenie Zarządu przesyłam w załączniku.

Będę wdzięczny za krótkie potwierdzenie wprowadzenia zmiany.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
ul. Magazynowa 12, 32-020 Wieliczka"""
    letter = [('Partner Logistik sp. z o.o.', 13, 'B'), 'ul. Magazynowa 12, 32-020 Wieliczka', 'NIP ' + '6772348108', '',
              'Wieliczka, 23.11.2026', '', ('OŚWIADCZENIE O ZMIANIE RACHUNKU BANKOWEGO', 12, 'B'), '',
              'Zarząd Partner Logistik sp. z o.o. oświadcza, że od dnia 01.12.2026 r. jedynym rachunkiem',
              'właściwym do regulowania należności na rzecz spółki jest rachunek:', '',
              'ING Bank Śląski S.A.  ' + ids.fmt_iban(iban), '',
              'Spółka przyjmuje na siebie odpowiedzialność za ewentualne skutki zapłaty na rachunek',
              'nieujawniony jeszcze w wykazie podatników VAT.', '', 'Za Zarząd:', 'Tadeusz Zieliński']
    body = mixed(alt(text, html_outlook(text, 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable'),
                 pdf_att('Oswiadczenie_zmiana_rachunku_Partner_Logistik.pdf', letter, title='Oświadczenie',
                         author='Tadeusz Zieliński', date="D:20261123143002+01'00'", codepage='cp1250'))
    return A(23, 'pl', 'logistics-partner-bank-change-lookalike',
             date='2026-11-23 14:37:26', zone='PL',
             **{'from': ('Tadeusz Zieliński', 't.zielinski@partner-logistic.pl')}, to=[S('pl_acc')],
             subject='Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.',
             hcs=('iso-8859-2', 'Q'),
             body=body, infra=infra.exim,
             ikw=dict(host='s84.cyber-folks.pl', ip='195.78.66.84', client_ip='194.169.175.41',
                      mailer='Microsoft Outlook 16.0'),
             what='Bank-account change "from Tadeusz Zieliński of Partner Logistik" with a management statement, '
                  'asking to pay two open invoices to a new account.',
             why='Look-alike domain partner-logistic.pl (real: partner-logistik.pl) on shared hosting; the new account is '
                 'admitted to be missing from the VAT white list (paying >15,000 PLN there costs tax deductibility and '
                 'creates joint liability) and the "statement" tries to neutralise that; pressure on imminent invoices. '
                 'Genuine Partner Logistik invoice and reminder: business 22, 23.')


@reg
def a24():
    url = 'https://inpost-paczka24.pl/d/KRA07M?n=520113687451209372018456'
    text = """InPost

Dzień dobry,

Twoja przesyłka nr 520113687451209372018456 (nadawca: Allegro – sklep edukacyjny) nie zmieściła się w wybranym Paczkomacie KRA07M i została zatrzymana w oddziale.

Aby zlecić ponowne doręczenie, zeskanuj telefonem kod QR z załącznika i opłać dopłatę 1,99 zł. Bez dopłaty przesyłka zostanie zwrócona do nadawcy po 48 godzinach.

Dziękujemy, że korzystasz z InPost.
Zespół InPost"""
    html = """<html><body style="font-family:Montserrat,Arial,sans-serif;background:#ffffff;color:#1d1d1b">
<table width="560" align="center"><tr><td style="background:#ffcd00;padding:16px 22px;font-size:26px;font-weight:bold">InPost</td></tr>
<tr><td style="padding:20px 22px;font-size:14px;line-height:21px">
<p>Dzień dobry,</p>
<p>Twoja przesyłka nr <b>520113687451209372018456</b> (nadawca: Allegro – sklep edukacyjny) nie zmieściła się w wybranym Paczkomacie <b>KRA07M</b> i została zatrzymana w oddziale.</p>
<p>Aby zlecić ponowne doręczenie, <b>zeskanuj telefonem kod QR z załącznika</b> i opłać dopłatę <b>1,99 zł</b>. Bez dopłaty przesyłka zostanie zwrócona do nadawcy po 48 godzinach.</p>
<p>Dziękujemy, że korzystasz z InPost.<br>Zespół InPost</p></td></tr></table></body></html>"""
    body = mixed(alt(text, html, 'utf-8', 'base64'),
                 qr_img(url, filename='kod_QR_ponowne_doreczenie.png', disp='attachment'))
    return A(24, 'pl', 'parcel-redelivery-fee-qr-attachment',
             date='2026-11-27 16:22:05', zone='PL',
             **{'from': ('InPost', 'powiadomienia@inpost-paczka24.pl')}, to=[S('pl_mgr')],
             env_from='0102019364a1b2c3-inpost@mail.inpost-paczka24.pl',
             subject='Przesyłka 520113687451209372018456 – wymagana dopłata 1,99 zł',
             body=body, infra=infra.ses, ikw=dict(region='eu-central-1'),
             expect_qr=[url],
             what='Quishing: fake InPost "parcel did not fit the locker, pay 1.99 PLN" with the payment link only in an '
                  'attached QR-code PNG.',
             why='Look-alike domain inpost-paczka24.pl via Amazon SES; InPost does not charge redelivery fees by QR; '
                 'the QR (not scanned by URL filters) leads to a card-harvesting page; 48-hour pressure.')


@reg
def a25():
    text = """Szanowny Płatniku Składek,

na profil płatnika na Platformie Usług Elektronicznych ZUS (eZUS) zostało przekazane nowe zaświadczenie lekarskie e-ZLA wystawione dla ubezpieczonego zatrudnionego w Państwa firmie.

Seria i numer: ZY 4718203
Okres niezdolności do pracy: 23.11.2026 - 11.12.2026
Płatnik: Example Group sp. z o.o., oddział Kraków

Ze względu na ochronę danych o stanie zdrowia treść zaświadczenia jest dostępna wyłącznie po zalogowaniu. Bezpieczny formularz logowania do eZUS znajduje się w załączniku.

Zakład Ubezpieczeń Społecznych
Centrum Obsługi Telefonicznej: 22 560 16 00"""
    page = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>eZUS - logowanie</title>
<style>body{font-family:Arial,sans-serif;background:#f4f6f8;margin:0}.top{background:#00993f;color:#fff;padding:14px 22px;font-size:20px;font-weight:bold}
.box{width:400px;margin:60px auto;background:#fff;padding:28px;border:1px solid #d7dde3}input{width:95%;padding:8px;margin:6px 0 14px 0;border:1px solid #aaa}
button{background:#00993f;color:#fff;border:0;padding:10px 28px;font-size:15px}</style></head>
<body><div class="top">ZUS &nbsp; eZUS - Platforma Usług Elektronicznych</div>
<div class="box"><h3>Zaloguj się, aby wyświetlić e-ZLA ZY 4718203</h3>
<form method="post" action="https://ezus-logowanie.pl.eu.org/pue/login">
<label>Login lub PESEL</label><input name="login"><label>Hasło</label><input name="haslo" type="password">
<label>Kod SMS (jeśli wymagany)</label><input name="sms">
<button type="submit">Zaloguj</button></form></div></body></html>
"""
    body = mixed(Text(text, 'plain', 'iso-8859-2', '8bit'),
                 Bin(page.encode('utf-8'), 'text/html; charset="utf-8"', 'e-ZLA_ZY4718203.html'))
    return A(25, 'pl', 'sick-note-portal-html-credential-attachment',
             date='2026-11-24 12:48:33', zone='PL',
             **{'from': ('Zakład Ubezpieczeń Społecznych', 'biuro@autoserwis-kowalczyk.pl')}, to=[S('pl_mgr')],
             subject='Nowe zaświadczenie lekarskie e-ZLA ZY 4718203 – Example Group sp. z o.o.',
             hcs=('iso-8859-2', 'B'),
             body=body, infra=infra.postfix,
             ikw=dict(helo='serwer2417382.home.pl', rdns='serwer2417382.home.pl', ip='46.242.244.117',
                      submit_ip='193.233.254.30'),
             what='Fake ZUS "new e-ZLA sick-leave certificate" notice with an HTML attachment imitating the eZUS login '
                  '(login/PESEL, password, SMS code).',
             why='Sent from a compromised car-repair shop mailbox on home.pl under the display name of ZUS; ZUS shows '
                 'e-ZLA inside eZUS and never mails login forms; the form posts credentials and the SMS code to an '
                 'external host. Genuine sick-leave message from a colleague: business 24.')


@reg
def a26():
    link = 'https://url9921.ibiznes24-santander.pl/ls/click?upn=u001.pL3x9-2BqW7vZr0kM5sN1dYc8tH2eJ6aF4gU'
    text = f"""Santander Bank Polska

Szanowny Użytkowniku systemu iBiznes24,

w związku z wdrożeniem nowych wymogów bezpieczeństwa wynikających z rozporządzenia DORA, certyfikat użytkownika przypisany do Państwa firmy wymaga odnowienia do 04.12.2026 r.

Po tym terminie dostęp do systemu zostanie czasowo zablokowany, a zlecone przelewy oczekujące (w tym przelewy płacowe) nie zostaną zrealizowane do czasu odnowienia certyfikatu.

Odnowienie trwa około 2 minut. Po zalogowaniu zostaną Państwo poproszeni o potwierdzenie operacji kodem z aplikacji iBiznes24 mobile.

Odnów certyfikat:
{link}

Z poważaniem
Santander Bank Polska S.A.
Bankowość Korporacyjna"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f0f0f0">
<table width="600" align="center" style="background:#fff"><tr><td style="border-top:6px solid #ec0000;padding:16px 24px;font-size:22px;color:#ec0000;font-weight:bold">Santander</td></tr>
<tr><td style="padding:8px 24px 22px 24px;font-size:14px;line-height:21px;color:#222">
<p>Szanowny Użytkowniku systemu <b>iBiznes24</b>,</p>
<p>w związku z wdrożeniem nowych wymogów bezpieczeństwa wynikających z rozporządzenia DORA, certyfikat użytkownika przypisany do Państwa firmy wymaga odnowienia do <b>04.12.2026 r.</b></p>
<p>Po tym terminie dostęp do systemu zostanie czasowo zablokowany, a zlecone przelewy oczekujące (w tym przelewy płacowe) nie zostaną zrealizowane do czasu odnowienia certyfikatu.</p>
<p>Odnowienie trwa około 2 minut. Po zalogowaniu zostaną Państwo poproszeni o potwierdzenie operacji kodem z aplikacji iBiznes24 mobile.</p>
<p><a href="{link}" style="background:#ec0000;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px">Odnów certyfikat</a></p>
<p>Z poważaniem<br>Santander Bank Polska S.A.<br>Bankowość Korporacyjna</p></td></tr></table></body></html>"""
    return A(26, 'pl', 'corporate-banking-certificate-phish-sendgrid',
             date='2026-12-01 08:09:51', zone='PL',
             **{'from': ('Santander Bank Polska', 'powiadomienia@ibiznes24-santander.pl')}, to=[S('pl_acc')],
             env_from='bounces+39417725-b1c2-pawel.lukasik=example.com@em2417.ibiznes24-santander.pl',
             subject='iBiznes24: odnowienie certyfikatu użytkownika do 04.12.2026',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.sendgrid, ikw=dict(from_dom='ibiznes24-santander.pl'),
             what='Corporate e-banking (Santander iBiznes24) "certificate renewal" phishing that also asks for the mobile '
                  'authorisation code.',
             why='Look-alike domain ibiznes24-santander.pl via SendGrid; banks do not ask for certificate renewal by link; '
                 'threat of blocked payroll transfers; collecting the mobile-app confirmation enables real-time '
                 'transaction fraud.')
