"""Genuine business messages 17-26 (Italian, Polish)."""
from company import S, P, BANK, iban, bic, FERRETTI_PIVA, INCHIOSTRI_PIVA, PARTNER_NIP, TEKTURA_NIP
from kit import alt, mixed, plain, pdf_att, sig, ol_quote, old_msgid, VAT
from message import Mail
from util import utc

FERRETTI_FOOT = "Ferretti Trasporti S.p.A.\nVia Monte Baldo 14 - 37062 Dossobuono di Villafranca (VR)\nTel. 045 860 4400 - P.IVA " + FERRETTI_PIVA


def build():
    M = []

    # 17 ---------------------------------------------------------------
    t = utc(2026, 11, 2, 9, 12, 40)
    body = """Spett.le Example Group Italia S.r.l.,

in allegato Vi inviamo copia di cortesia della fattura n. 2026/1532 del 31/10/2026 relativa ai trasporti effettuati nel mese di ottobre.

L'originale è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Importo: € 9.462,47 (IVA inclusa)
Scadenza: 30/11/2026
Pagamento: bonifico bancario, coordinate invariate (Banco BPM - IBAN %s)

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Ufficio Amministrazione
%s
""" % (iban("ferretti"), FERRETTI_FOOT)
    fat = [("FERRETTI TRASPORTI S.p.A.", 15, True), "Via Monte Baldo 14 - 37062 Dossobuono di Villafranca (VR) - P.IVA " + FERRETTI_PIVA, "",
           "Spett.le Example Group Italia S.r.l.", "Via dell'Industria 18 - 37135 Verona - P.IVA " + VAT["IT"][2:], "",
           ("FATTURA N. 2026/1532 del 31/10/2026", 12, True), ("Copia di cortesia - documento privo di valore fiscale (art. 21 DPR 633/72)", 8, False), "",
           "Trasporti ottobre 2026 - carichi completi e groupage",
           "  12 viaggi Verona -> Bologna (bancali stampati)            € 3.960,00",
           "   6 viaggi Verona -> Padova                                 € 1.404,00",
           "   4 viaggi Verona -> Brescia                                € 1.176,00",
           "  Groupage Verona -> Milano, 38 bancali                      € 815,20",
           "  Adeguamento gasolio ottobre (4,8%)                         € 400,92", "",
           "Imponibile € 7.756,12   IVA 22% € 1.706,35", ("Totale documento € 9.462,47", 11, True), "",
           "Scadenza 30/11/2026 - Bonifico bancario - Banco BPM", "IBAN " + iban("ferretti") + " - BIC " + bic("ferretti")]
    M.append(Mail("17-it-carrier-invoice-courtesy-copy", t, ("Amministrazione Ferretti Trasporti", P("ferretti", 1)[1]),
                  [S("it_acc")], "Ferretti Trasporti - copia di cortesia fattura n. 2026/1532",
                  mixed(alt(body, "windows-1252", "quoted-printable", "outlook", "it"),
                        pdf_att("Fattura_2026_1532_cortesia.pdf", fat, outlook=True, t=t, creator="TeamSystem Enterprise", producer="TeamSystem PDF")),
                  via="smtp", ua="outlook16", hcs="windows-1252", henc="Q",
                  sys=dict(prov="aruba", client_ip="93.43.218.14", pc="AMMINISTR-02", content_lang="it"),
                  what="Road carrier sends the courtesy PDF of its October invoice; the legal e-invoice went through SdI.",
                  why="Real Ferretti domain via their usual Aruba/Outlook set-up and office IP; refers to SdI delivery, states bank details are unchanged (known Banco BPM IBAN)."))

    # 18 ---------------------------------------------------------------
    prev_t = utc(2026, 10, 26, 7, 55, 0)
    prev = """Ciao Chiara,

per la settimana 44 ci servono i ritiri di martedì 27 (6 bancali per Bologna, Tipografia Reno) e giovedì 29 (5 bancali per Brescia, Cartotecnica Lario). Orari di carico 8:00-12:00, baia 2.

Mi mandi poi i DDT firmati come al solito?

Grazie
Alessandro"""
    t = utc(2026, 10, 30, 13, 20, 11)
    body = """Ciao Alessandro,

ti giro i DDT firmati di Bologna e Brescia della settimana 44 (scansione unica in PDF). Tutto consegnato regolarmente, a Brescia hanno firmato con riserva per un bancale con l'angolo schiacciato ma il contenuto era integro, lo trovi annotato sul DDT 2026/4418.

Per la settimana 45 confermi gli stessi orari?

Ciao
Chiara Colombo
Ufficio Traffico
%s
""" % FERRETTI_FOOT + ol_quote("it", S("it_mgr"), prev_t, [P("ferretti")], "Ritiri settimana 44 - Bologna e Brescia", prev)
    ddt = [("FERRETTI TRASPORTI S.p.A. - Scansione DDT firmati", 12, True), "",
           "DDT 2026/4402 del 27/10/2026 - Example Group Italia -> Tipografia Reno, Bologna - 6 bancali - firmato 27/10 ore 15:40",
           "DDT 2026/4418 del 29/10/2026 - Example Group Italia -> Cartotecnica Lario, Brescia - 5 bancali - firmato con riserva 29/10 ore 11:05",
           "Riserva: 'bancale n. 3 angolo schiacciato, contenuto integro'"]
    irt = old_msgid("B18-prev")
    M.append(Mail("18-it-carrier-signed-delivery-notes-thread", t, P("ferretti"), [S("it_mgr")],
                  "R: Ritiri settimana 44 - Bologna e Brescia",
                  mixed(alt(body, "iso-8859-1", "quoted-printable", "outlook", "it"),
                        pdf_att("DDT_firmati_sett44.pdf", ddt, outlook=True, t=t, creator="Canon iR-ADV C5840", producer="Adobe PSL 1.3e for Canon")),
                  via="smtp", ua="outlook16", irt=irt, refs=irt, hcs="iso-8859-1", henc="Q",
                  sys=dict(prov="aruba", client_ip="93.43.218.14", pc="TRAFFICO-01", content_lang="it", thread_depth=1),
                  what="Carrier's dispatcher replies in the pick-up thread with a PDF scan of signed delivery notes.",
                  why="Genuine Ferretti mailbox from the carrier's usual office IP, content consistent with the quoted request, plain PDF scan, no archive or link."))

    # 19 ---------------------------------------------------------------
    body = """Ciao Francesca, ciao Sara,

stamattina il portatile non si accende più (solo la luce di carica lampeggia arancione), quindi oggi vi scrivo dalla mia mail personale e lavoro dal telefono.

Ho già chiamato il servicedesk di Augsburg (ticket INC-2026-18842): mi mandano un portatile sostitutivo con corriere, dovrebbe arrivare domani mattina in ufficio.

Per qualsiasi urgenza chiamatemi al cellulare. Non mandate documenti a questo indirizzo, aspettate che sia di nuovo operativo sulla mail aziendale.

A domani
Alessandro
"""
    M.append(Mail("19-it-colleague-private-mail-broken-laptop", utc(2026, 11, 17, 7, 41, 20), P("conti_priv"),
                  [S("it_acc"), S("it_sales")], "Portatile guasto - oggi lavoro dal telefono",
                  alt(body, "UTF-8", "quoted-printable", "plain", "it"), via="libero",
                  what="Verona office manager writes from his private Libero address that his laptop is broken.",
                  why="His long-known private mailbox via Libero's own servers; informational, refers to an IT ticket, explicitly asks not to send documents to the private address, no request."))

    # 20 ---------------------------------------------------------------
    u, lid = "8f3c21a7d94e0b56c1a2e7f30", "4b7e19c2d0"
    unsub = "https://inchiostriveneti.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=9d2a61f0c4&c=5e8b3a71c2" % (u, lid)
    track = "https://inchiostriveneti.us21.list-manage.com/track/click?u=%s&id=%s&e=9d2a61f0c4"
    txt = """Inchiostri Veneti News - novembre 2026

LISTINO 2027 DISPONIBILE NELL'AREA CLIENTI
Dal 1° gennaio 2027 entra in vigore il nuovo listino. Offset sheetfed +3,5%% per l'aumento delle materie prime (resine e pigmenti), flexo a base acqua invariato. Gli ordini confermati entro il 15 dicembre mantengono i prezzi 2026.
Il PDF è scaricabile con le consuete credenziali nell'area clienti del nostro sito:
https://www.inchiostriveneti.it/area-clienti/listini

NOVITÀ: SERIE PROPRESS LOWMIG
Inchiostri a bassa migrazione per imballaggi alimentari, conformi all'Ordinanza svizzera 817.023.21 e alle linee guida EuPIA.

WEBINAR 10 DICEMBRE, ORE 10:00
"Stampa offset su cartoncino riciclato: asciugatura e sfregamento" - iscrizione gratuita sul sito.

Inchiostri Veneti S.r.l. - Via dell'Artigianato 7, 36050 Quinto Vicentino (VI) - P.IVA %s
Ricevi questa e-mail perché sei cliente di Inchiostri Veneti. Cancellati: %s
""" % (INCHIOSTRI_PIVA, unsub)
    html = """<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Inchiostri Veneti News</title></head>
<body style="margin:0;background:#eeeeee"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#1d3557;color:#fff;padding:22px 30px;font-size:22px">Inchiostri Veneti <span style="font-size:13px">News &middot; novembre 2026</span></td></tr>
<tr><td style="padding:26px 30px;color:#222;font-size:15px;line-height:1.5">
<h2 style="color:#1d3557">Listino 2027 disponibile nell'area clienti</h2>
<p>Dal 1&deg; gennaio 2027 entra in vigore il nuovo listino. Offset sheetfed +3,5%% per l'aumento delle materie prime (resine e pigmenti), flexo a base acqua invariato. Gli ordini confermati entro il 15 dicembre mantengono i prezzi 2026.</p>
<p><a href="%s&amp;c=listino" style="background:#e63946;color:#fff;padding:10px 20px;text-decoration:none">Vai all'area clienti</a></p>
<h3>Novit&agrave;: serie ProPress LowMig</h3><p>Inchiostri a bassa migrazione per imballaggi alimentari, conformi all'Ordinanza svizzera 817.023.21 e alle linee guida EuPIA.</p>
<h3>Webinar 10 dicembre, ore 10:00</h3><p>&laquo;Stampa offset su cartoncino riciclato: asciugatura e sfregamento&raquo; &ndash; <a href="%s&amp;c=webinar">iscrizione gratuita</a>.</p></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#777;background:#f7f7f7">Inchiostri Veneti S.r.l. &middot; Via dell'Artigianato 7, 36050 Quinto Vicentino (VI) &middot; P.IVA %s<br>
Ricevi questa e-mail perch&eacute; sei cliente di Inchiostri Veneti. <a href="%s">Cancellati</a> &middot; <a href="https://inchiostriveneti.us21.list-manage.com/profile?u=%s&amp;id=%s">Aggiorna preferenze</a></td></tr></table></center>
<img src="https://inchiostriveneti.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=9d2a61f0c4" height="1" width="1" alt=""></body></html>
""" % (track % (u, lid), track % (u, lid), INCHIOSTRI_PIVA, unsub, u, lid, u, lid)
    M.append(Mail("20-it-ink-supplier-newsletter-price-list", utc(2026, 11, 23, 8, 0, 2),
                  ("Inchiostri Veneti", "news@inchiostriveneti.it"), [S("it_mgr")],
                  "Listino 2027, nuova serie LowMig e webinar di dicembre | Inchiostri Veneti News",
                  alt(txt, "UTF-8", "quoted-printable", html=html), via="mailchimp",
                  sys=dict(mc_u=u, mc_dc=21),
                  extra=[("List-Unsubscribe", "<https://inchiostriveneti.us21.list-manage.com/unsubscribe/post?u=%s&id=%s&e=9d2a61f0c4&c=5e8b3a71c2>, <mailto:unsubscribe-mc.us21_%s.5e8b3a71c2-9d2a61f0c4@inbound.mailchimp.com?subject=unsubscribe>" % (u, lid, u)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("List-ID", "%s mc list <%s.%s.x.list-id.mcsv.net>" % (u, u, lid))],
                  what="Ink supplier's customer newsletter via Mailchimp announcing the 2027 price list in the customer area.",
                  why="Supplier's own domain, Mailchimp infrastructure with List-Unsubscribe/One-Click, links to inchiostriveneti.it and list-manage.com; no attachment, no 'verification' step (contrast with attack 21)."))

    # 21 ---------------------------------------------------------------
    body = """Spett.le Example Group Italia S.r.l.,
alla c.a. Amministrazione - Dott.ssa Galli

dal nostro estratto conto risultano ancora aperte le seguenti fatture, già oggetto di un primo sollecito del 23/10/2026:

- Fattura n. 2026/FV/3318 del 31/08/2026, scadenza 30/09/2026: € 6.412,80
- Fattura n. 2026/FV/3590 del 30/09/2026, scadenza 31/10/2026: € 4.877,35

Totale scaduto: € 11.290,15

Vi preghiamo di provvedere al saldo entro 7 giorni dal ricevimento della presente. In mancanza, saremo costretti a sospendere le forniture in corso, compreso l'ordine 4500018907 in consegna il 24/11, e ad addebitare gli interessi di mora ai sensi del D.Lgs. 231/2002.

Il pagamento va effettuato sulle coordinate di sempre: Intesa Sanpaolo - IBAN %s.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci copia della contabile e di considerare nulla la presente.

Distinti saluti

Ufficio Amministrazione
Inchiostri Veneti S.r.l.
Via dell'Artigianato 7 - 36050 Quinto Vicentino (VI)
Tel. 0444 357 210 - P.IVA %s
""" % (iban("inchiostri"), INCHIOSTRI_PIVA)
    M.append(Mail("21-it-supplier-payment-reminder-supply-stop", utc(2026, 11, 16, 9, 48, 31),
                  ("Inchiostri Veneti - Amministrazione", "amministrazione@inchiostriveneti.it"), [S("it_acc")],
                  "Sollecito di pagamento - 2° avviso - fatture scadute",
                  alt(body, "utf-8", "quoted-printable", "plain", "it"), via="smtp", ua="zimbra",
                  cc=[P("inchiostri", 0)], hcs="utf-8", henc="Q",
                  sys=dict(prov="postfix", server="mail.inchiostriveneti.it", ip="93.63.172.58", local=True, client_ip="192.168.10.47"),
                  what="Ink supplier's second payment reminder with a threat to stop deliveries and charge late-payment interest.",
                  why="From the supplier's own Zimbra server, refers to real invoices and an earlier reminder, pays to the unchanged known account, invites sending the remittance if already paid - firm but normal dunning."))

    # 22 ---------------------------------------------------------------
    body = """Szanowni Państwo,

pomimo upływu terminów płatności nie odnotowaliśmy wpłat za następujące faktury:

FV/2026/09/271 z dnia 30.09.2026, termin płatności 15.10.2026 - 18 450,00 zł
FV/2026/09/288 z dnia 30.09.2026, termin płatności 22.10.2026 - 7 318,20 zł

Łącznie do zapłaty: 25 768,20 zł

Wzywamy do zapłaty powyższej kwoty do dnia 19.11.2026 r. na nasz rachunek w PKO BP (bez zmian, widnieje na białej liście podatników VAT): %s.

W przypadku braku wpłaty w tym terminie od 20.11.2026 r. wstrzymamy realizację zleceń transportowych i magazynowych dla Państwa spółki, naliczymy odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensatę za koszty odzyskiwania należności (40 EUR od każdej faktury) zgodnie z ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych.

Jeżeli płatność została już zlecona, prosimy o przesłanie potwierdzenia przelewu - wówczas wiadomość jest nieaktualna.

Z poważaniem
Joanna Wiśniewska
Księgowość
Partner Logistik sp. z o.o.
ul. Rabowicka 14, 62-020 Swarzędz
tel. +48 61 817 22 40, NIP %s
""" % (iban("partner"), PARTNER_NIP)
    M.append(Mail("22-pl-logistics-partner-payment-demand", utc(2026, 11, 10, 10, 22, 13), P("partner", 1),
                  [S("pl_acc")], "Wezwanie do zapłaty - faktury przeterminowane / wstrzymanie usług od 20.11.2026",
                  plain(body, "UTF-8", "8bit", flowed=True), via="smtp", ua="thunderbird", cc=[P("partner", 0)],
                  sys=dict(prov="homepl", cs=214873, client_ip="83.238.164.91", client_rdns="83-238-164-91.static.ip.netia.com.pl"),
                  what="Logistics partner's accounting sends a formal payment demand with a threat to stop transport services.",
                  why="Genuine partner-logistik.pl mailbox via their home.pl hosting from their static office IP; known account on the VAT white list, statutory late-payment remedies, no bank change or link."))

    # 23 ---------------------------------------------------------------
    body = """Drodzy,

krótkie przypomnienie zasad dotyczących KSeF, bo w ostatnich tygodniach dostajemy coraz więcej podejrzanych wiadomości:

1. Od 1 lutego 2026 r. faktury od dostawców otrzymujemy wyłącznie przez KSeF. Pliki PDF wysyłane mailem to tylko wizualizacje - nie księgujemy ich i nie płacimy na ich podstawie bez numeru KSeF.
2. Uprawnienia i certyfikaty KSeF naszej spółki obsługuję wyłącznie ja (z pomocą działu IT w Augsburgu). Ministerstwo Finansów nie wysyła e-maili o "wygasaniu tokenu" ani linków do logowania.
3. Każdą wiadomość, która prosi o zalogowanie się do KSeF, bankowości lub profilu zaufanego przez link, proszę przekazać jako załącznik do Lukasa Hoffmanna (lukas.hoffmann@example.com) i usunąć.

W razie pytań jestem pod numerem wewnętrznym 120.

%s""" % sig("pl_acc")
    M.append(Mail("23-pl-internal-ksef-rules-reminder", utc(2026, 11, 5, 13, 2, 45), S("pl_acc"),
                  [("Biuro Poznań", "poznan@example.com")], "KSeF - przypomnienie zasad i uwaga na phishing",
                  alt(body, "iso-8859-2", "quoted-printable", "outlook", "pl"), via="internal", rcpt=S("pl_mgr")[1],
                  hcs="iso-8859-2", henc="Q",
                  what="Polish accountant's internal reminder on KSeF e-invoicing rules and phishing warning.",
                  why="Internal Exchange mail via mail-int01 from the known colleague to the office list; explains process, warns against token/login e-mails, no links."))

    # 24 ---------------------------------------------------------------
    t = utc(2026, 11, 18, 12, 31, 9)
    ksef = "%s-20261118-8F3A12C4E9B1-7D" % TEKTURA_NIP
    body = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury nr FV/2026/11/0457 z dnia 18.11.2026 r. do zamówienia PO-PL-2026-0612 (tektura falista 5-warstwowa EB, 24 palety).

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s

Termin płatności: 30 dni (18.12.2026 r.), rachunek mBank: %s

Z poważaniem
Dział Fakturowania
Tektura Wielkopolska S.A.
ul. Przemysłowa 22, 62-300 Września
NIP %s
""" % (ksef, iban("tektura"), TEKTURA_NIP)
    fv = [("TEKTURA WIELKOPOLSKA S.A.", 14, True), "ul. Przemysłowa 22, 62-300 Września · NIP " + TEKTURA_NIP, "",
          ("Faktura VAT nr FV/2026/11/0457 (wizualizacja)", 12, True), "Data wystawienia: 18.11.2026   Numer KSeF: " + ksef, "",
          "Nabywca: Example Group Polska sp. z o.o., ul. Głogowska 248, 60-104 Poznań, NIP " + VAT["PL"][2:], "",
          "1. Tektura falista 5-warstwowa EB, 1600 x 1200 mm, 24 palety / 31 680 m²   x 1,42 zł = 44 985,60 zł",
          "Wartość netto: 44 985,60 zł   VAT 23%: 10 346,69 zł", ("Wartość brutto: 55 332,29 zł", 11, True), "",
          "Termin płatności: 18.12.2026 · przelew · mBank S.A. " + iban("tektura"),
          "Mechanizm podzielonej płatności: nie dotyczy"]
    M.append(Mail("24-pl-supplier-invoice-ksef", t, ("Faktury Tektura Wielkopolska", P("tektura", 1)[1]),
                  [S("pl_acc")], "Faktura FV/2026/11/0457 - Tektura Wielkopolska S.A.",
                  mixed(alt(body, "windows-1250", "quoted-printable", "outlook", "pl"),
                        pdf_att("FV_2026_11_0457.pdf", fv, outlook=True, t=t, creator="Comarch ERP Optima", producer="Comarch ERP Optima 2026.2")),
                  via="onprem", cc=[S("pl_mgr")], hcs="windows-1250", henc="Q",
                  sys=dict(ex=("EXCH01.tektura.local", "192.168.1.20"), helo="mail.tektura-wlkp.pl",
                           rdns="mail.tektura-wlkp.pl", ip="212.160.172.37"),
                  what="Board supplier sends the PDF visualisation of a KSeF invoice for a real purchase order.",
                  why="Supplier's own Exchange server, valid KSeF number with the supplier's NIP, known mBank account, normal PDF, matches an order."))

    # 25 ---------------------------------------------------------------
    body = """Dzień dobry Pani Małgorzato,

awizacja na piątek 20.11:

1. PO 4517 KR - kierowca Marek Pietrzak, tel. 605 331 208 - załadunek 7:00, 22 palety etykiet, rozładunek Augsburg poniedziałek 6:00
2. PO 2290 MC - kierowca Krzysztof Mazur, tel. 601 772 945 - załadunek 9:30, 18 palet kartonów
3. PZ 8814 E - kierowca Andrzej Kubiak - załadunek 12:00, 26 palet, rozładunek Verona wtorek

Proszę o przygotowanie dokumentów WZ i CMR do 6:30. Gdyby coś się zmieniło z ilością palet, proszę o info do czwartku 14:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik spedycji
Partner Logistik sp. z o.o.
tel. +48 61 817 22 31, kom. 602 418 507
"""
    M.append(Mail("25-pl-logistics-pickup-notice", utc(2026, 11, 18, 14, 55, 2), P("partner"), [S("pl_mgr")],
                  "Awizacja - piątek 20.11, 3 auta", plain(body, "UTF-8", "quoted-printable", flowed=True),
                  via="smtp", ua="thunderbird",
                  sys=dict(prov="homepl", cs=214873, client_ip="83.238.164.91", client_rdns="83-238-164-91.static.ip.netia.com.pl"),
                  what="Logistics partner's forwarding manager announces three trucks with drivers and loading slots.",
                  why="Known contact from partner-logistik.pl via their usual hosting and office IP; routine operational content, no links, attachments or payment topics."))

    # 26 ---------------------------------------------------------------
    body = """Dzień dobry,

przesyłam skan podpisanego CMR z rozładunku w Augsburgu (dostawa 19.11, 18 palet kartonów). Rozładunek był z opóźnieniem ok. 2 godziny, bo rampa 3 była zajęta, odbiorca potwierdził to na CMR w polu 24.

Oryginał CMR oddam panu Zielińskiemu w poniedziałek razem z fakturą za fracht.

Pozdrawiam
Krzysztof Mazur
Mazur Transport
tel. 601 772 945
"""
    cmr = [("CMR - Międzynarodowy list przewozowy / Lettre de voiture internationale", 11, True), "Nr CMR: PL-AUG-1911/2026", "",
           "1. Nadawca: Example Group Polska sp. z o.o., ul. Głogowska 248, 60-104 Poznań",
           "2. Odbiorca: Example Group GmbH, Haunstetter Straße 112, 86161 Augsburg",
           "3. Miejsce dostawy: Augsburg, Rampe 3   4. Miejsce załadowania: Poznań, 19.11.2026",
           "6-9. 18 palet EUR, kartony składane, 7 420 kg", "16. Przewoźnik: Mazur Transport, Krzysztof Mazur, PO 2290 MC",
           "24. Towar otrzymano: Augsburg, 19.11.2026 16:40 - Wareneingang, podpis i pieczęć - 'Ankunft 14:35, Entladung 16:40 (Rampe belegt)'"]
    M.append(Mail("26-pl-subcontractor-cmr-scan", utc(2026, 11, 19, 17, 12, 50), P("mazur"), [S("pl_mgr")],
                  "CMR podpisany - rozładunek Augsburg 19.11",
                  mixed(plain(body, "UTF-8", "base64"), pdf_att("CMR_PL-AUG-1911.pdf", cmr, creator="CamScanner", producer="CamScanner")),
                  via="wp", cc=[P("partner")],
                  what="Subcontracted truck driver sends the signed CMR scan from his Poczta WP mailbox.",
                  why="Known one-truck subcontractor whose freemail address is on file with Partner Logistik; routine transport document, matches the pick-up notice, no link or payment request."))
    return M
