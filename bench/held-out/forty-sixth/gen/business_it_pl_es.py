"""Genuine business mail: Italian (17-21), Polish (22-26), Spanish (27-31)."""
import banking as bk
import docs
import qr
from company import *
from infra import (aruba, exchange_internal, gmail, hosting_postfix, libero, m365, sendgrid, sharepoint, wp)
from message import (alt, att, compose, gmail_alt, mixed, msgid_of, outlook_alt, plain2html_simple, related)
from mime import Multi, Text
from util import hexs, rng, utc, uuid4

F = "business"
FERRETTI_SIG = """Ferretti Trasporti S.p.A.
Via dei Confini 214 - 50013 Campi Bisenzio (FI)
Tel. +39 055 8979 411 - www.ferretti-trasporti.it
P.IVA %s - Cap. Soc. EUR 1.200.000 i.v.""" % FERRETTI_PIVA


def b17():
    pdfb, total = docs.invoice_pdf(
        "it", ["Ferretti Trasporti S.p.A.", "Via dei Confini 214, 50013 Campi Bisenzio (FI)", "P.IVA %s" % FERRETTI_PIVA],
        ["Example Italia S.r.l.", "Via Galcianese 118, 59100 Prato (PO)", "P.IVA %s" % EXAMPLE_IT_PIVA],
        "2026/1187", "31/10/2026",
        [("Trasporto FTL Prato - Mönchengladbach (DE), 3 viaggi", 3, "viaggi", 1380.00),
         ("Trasporto groupage Prato - Stryków (PL)", 1, "", 1940.00),
         ("Supplemento carburante ottobre", 1, "", 318.60)], 22,
        ["Intesa Sanpaolo S.p.A. - Filiale di Campi Bisenzio", "IBAN %s" % bk.fmt_iban(FERRETTI_IBAN)],
        "Bonifico bancario 60 gg d.f.f.m.", producer="TeamSystem Enterprise", creator="TeamSystem",
        extra=["Copia di cortesia - il documento fiscalmente valido è il file XML trasmesso tramite SdI."])
    text = """Gentile Cliente,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/1187 del 31/10/2026 per un importo di %s.

Il documento fiscalmente valido è stato inviato tramite il Sistema di Interscambio al Vostro codice destinatario.
Pagamento: bonifico bancario a 60 gg d.f.f.m. sulle consuete coordinate (Intesa Sanpaolo, IBAN invariato).

Cordiali saluti

Ufficio Amministrazione
%s
""" % (docs.money(total, "it"), FERRETTI_SIG)
    compose(F, 17, "it", "ferretti-fattura-copia-cortesia", aruba, utc(2026, 11, 2, 9, 14),
            IT_ACC.addr, ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), [IT_ACC.t],
            "Ferretti Trasporti - Fattura n. 2026/1187 del 31/10/2026",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "iso-8859-1", lang="IT"),
                            att(pdfb, "application/pdf", "Fattura_2026_1187.pdf")),
            hcs="iso-8859-1", henc="Q", what="Carrier's courtesy copy of an invoice",
            why="Genuine domain via Aruba, bank details explicitly unchanged and identical to the vendor master data, refers to the SdI XML as the legal document.",
            neg_of=[17])


def b18():
    text = """Buongiorno Francesca,

ti scrivo perché dal nostro estratto conto risultano ancora aperte le seguenti fatture:

- 2026/0954 del 30/09/2026 - EUR 5.212,40 - scaduta il 31/10
- 2026/0978 del 30/09/2026 - EUR 2.087,00 - scaduta il 31/10

Purtroppo l'amministrazione mi ha chiesto di comunicarvi che, in mancanza del pagamento entro venerdì 20/11, saremo costretti a sospendere i ritiri programmati da Prato per la settimana prossima (incluso il carico per Mönchengladbach di martedì).

Le coordinate bancarie sono quelle di sempre (Intesa Sanpaolo, IBAN invariato). Se il bonifico è già partito mandami pure la contabile e chiudiamo la questione.

Per qualsiasi chiarimento chiamami pure al 055 8979 427 o sul cellulare.

Grazie e buona giornata,
Chiara

Chiara Colombo
Ufficio Traffico e Commerciale
%s
""" % FERRETTI_SIG
    compose(F, 18, "it", "ferretti-sollecito-sospensione-ritiri", aruba, utc(2026, 11, 18, 8, 47),
            IT_ACC.addr, ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [IT_ACC.t],
            "Sollecito urgente - fatture scadute settembre - sospensione ritiri",
            lambda B: outlook_alt(B, 0, text, "windows-1252", lang="IT"), cc=[IT_MGR.t],
            hcs="windows-1252", henc="Q",
            what="Carrier's urgent payment reminder threatening to suspend pick-ups",
            why="Known contact on the genuine domain/Aruba path, real overdue invoices, explicitly unchanged bank details, offers a phone call; pressure is commercial, not a diversion.",
            neg_of=[17])


def b19():
    prosp = docs.letter_pdf([
        ("Studio Bertini Commercialisti Associati", 14, True), ("Viale della Repubblica 277 - 59100 Prato", 8, False), "",
        ("Prospetto versamenti 16 dicembre 2026 - Example Italia S.r.l.", 12, True), "---",
        "IVA mensile novembre (cod. 6011)                  EUR 18.442,17",
        "Ritenute lavoro dipendente novembre (cod. 1001)   EUR  9.870,55",
        "Contributi INPS novembre                          EUR 14.203,00",
        "Acconto IVA 2026 (cod. 6013)                      EUR 11.950,00", "---",
        ("Totale F24                                         EUR 54.465,72", 10, True), "",
        "Addebito tramite F24 telematico (Entratel) sul c/c Intesa Sanpaolo della società,",
        "data di addebito 16/12/2026. Nessun pagamento da effettuare manualmente."],
        title="Prospetto F24 dicembre 2026", author="Studio Bertini", producer="Microsoft® Excel® per Microsoft 365",
        date="D:20261130172233+01'00'")
    text = """Gentile dott.ssa Nicolò,

le inviamo in allegato il prospetto dei versamenti in scadenza il 16 dicembre (IVA di novembre, ritenute, contributi e acconto IVA).

Come di consueto il modello F24 sarà trasmesso da noi tramite Entratel con addebito sul conto della società; non deve quindi effettuare alcun pagamento manuale. Le chiediamo solo di verificare la copertura del conto entro il 15/12.

Le ricordiamo inoltre che le ricevute del Sistema di Interscambio (consegne e scarti delle fatture elettroniche) sono consultabili nel portale "Fatture e Corrispettivi" dell'Agenzia delle Entrate e nel nostro gestionale: eventuali scarti ve li segnaliamo noi.

Cordiali saluti

Studio Bertini Commercialisti Associati
Dott. Paolo Bertini
Viale della Repubblica 277 - 59100 Prato
Tel. 0574 461 220
"""
    compose(F, 19, "it", "commercialista-scadenze-f24-dicembre", aruba, utc(2026, 12, 1, 10, 3),
            IT_ACC.addr, ("Studio Bertini Commercialisti", "studio@bertinicommercialisti.it"), [IT_ACC.t],
            "Scadenze fiscali 16 dicembre - prospetto F24 e acconto IVA",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "iso-8859-1", lang="IT"),
                            att(prosp, "application/pdf", "Prospetto_F24_dicembre_2026.pdf")),
            hcs="iso-8859-1", henc="Q",
            what="External tax adviser's reminder of December tax payments",
            why="Known adviser's own domain via Aruba, PDF summary, payments debited via Entratel (no link, no new account), states where SdI receipts really appear.",
            neg_of=[19])


def b20():
    text = """Ciao Francesca,

ti scrivo dalla mia mail personale perché stamattina il portatile non si è più acceso (schermo nero, nemmeno il led di carica). Ho già aperto il ticket con l'helpdesk di Mönchengladbach (n. 2026-10-4471): mi spediscono un portatile sostitutivo, dovrebbe arrivare giovedì.

Nel frattempo mi trovi sul cellulare. Potresti spostare a venerdì la riunione con Chiara Colombo di domani? Le fatture di Ferretti le guardiamo insieme lì.

Grazie mille,
Lorenzo
"""
    compose(F, 20, "it", "portatile-rotto-mail-privata-libero", libero, utc(2026, 10, 27, 8, 12),
            IT_ACC.addr, ("Lorenzo Bernardi", IT_MGR.private), [IT_ACC.t], "portatile KO - scrivo da qui",
            lambda B: Text(text, "plain", "UTF-8", "8bit"),
            what="Office manager writes from his private Libero address about a broken laptop",
            why="Private address but only logistics (ticket number, meeting move), nothing to pay, no links or attachments.",
            neg_of=[21])


def b21():
    fatt, total = docs.invoice_pdf(
        "it", ["Confezioni Rossi di Lucia Rossi", "Via Bicchieraia 18, 59013 Montemurlo (PO)", "P.IVA %s" % ROSSI_PIVA],
        ["Example Italia S.r.l.", "Via Galcianese 118, 59100 Prato", "P.IVA %s" % EXAMPLE_IT_PIVA],
        "79/2026", "31/10/2026",
        [("Confezione giacca softshell art. EX-4410 (CMT)", 640, "capi", 11.80),
         ("Applicazione bande riflettenti", 640, "capi", 1.35)], 22,
        ["BCC Banca Alta Toscana - IBAN %s" % bk.fmt_iban(ROSSI_IBAN)], "Bonifico 30 gg d.f.",
        producer="Fatture in Cloud", creator="Fatture in Cloud")
    ddt = docs.letter_pdf([("Confezioni Rossi - Documento di trasporto n. 112/2026", 12, True), "",
                           "Data: 28/10/2026    Destinatario: Example Italia S.r.l., Prato",
                           "Causale: reso da lavorazione c/terzi", "",
                           "640 giacche softshell art. EX-4410 (taglie S-XXL) - 16 colli", "",
                           "Firma vettore: ____________    Firma destinatario: ____________"],
                          title="DDT 112/2026", author="Confezioni Rossi", producer="Fatture in Cloud")
    text = """Buongiorno Francesca,

ti mando la fattura n. 79/2026 per le lavorazioni di ottobre (giacche softshell, 640 capi) e il DDT firmato della consegna del 28.
Il pagamento come sempre sul conto della BCC.

Ciao e grazie
Lucia

Confezioni Rossi di Lucia Rossi
Montemurlo (PO) - tel. 0574 798 112
"""
    compose(F, 21, "it", "confezioni-rossi-fattura-ddt-libero", libero, utc(2026, 11, 4, 15, 36),
            IT_ACC.addr, ("Confezioni Rossi", "confezioni.rossi@libero.it"), [IT_ACC.t], "fattura ottobre e DDT",
            lambda B: mixed(B, 1, Text(text, "plain", "iso-8859-15", "quoted-printable"),
                            att(fatt, "application/pdf", "Fattura_79_2026.pdf"),
                            att(ddt, "application/pdf", "DDT_112_2026.pdf")),
            cc=[IT_MGR.t], hcs="iso-8859-15", henc="Q",
            what="Sewing subcontractor sends invoice and delivery note from her Libero address",
            why="Long-standing subcontractor's usual mailbox and style, plain PDFs, usual BCC account; contrast with attack/21 from the same mailbox.",
            neg_of=[21])


# ------------------------------------------------------------------ Polish
PARTNER_SIG = """Partner Logistik sp. z o.o.
ul. Warszawska 102, 95-010 Stryków
tel. +48 42 719 88 00, www.partner-logistik.pl
NIP %s, KRS 0000412876, kapitał zakładowy 500 000 zł""" % PARTNER_NIP


def b22():
    ksef = "%s-20261110-%s-%s" % (PARTNER_NIP, hexs(rng("ksef22"), 12, True), hexs(rng("ksef22b"), 2, True))
    fv, total = docs.invoice_pdf(
        "pl", ["Partner Logistik sp. z o.o.", "ul. Warszawska 102, 95-010 Stryków", "NIP %s" % PARTNER_NIP],
        ["Example Polska sp. z o.o.", "ul. Piotrkowska 270, 90-361 Łódź", "NIP %s" % EXAMPLE_PL_NIP],
        "FV/2026/11/0387", "10.11.2026",
        [("Magazynowanie - miejsca paletowe 10/2026", 412, "m-c", 22.00),
         ("Obsługa przyjęć i wydań", 1, "usł.", 6180.00),
         ("Kompletacja zamówień e-commerce", 2870, "szt.", 1.45)], 23,
        ["PKO Bank Polski S.A.", nrb_ := bk.nrb(PARTNER_NEW_IBAN)], "przelew 30 dni (10.12.2026)",
        producer="Comarch ERP XL", creator="Comarch ERP XL", extra=["Numer KSeF: %s" % ksef, "Mechanizm podzielonej płatności - nie dotyczy"])
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0387 za usługi logistyczne w październiku 2026.
Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s

Kwota do zapłaty: %s, termin płatności: 10.12.2026.
Prosimy o wpłatę na rachunek w PKO BP (zgodnie z pismem z 15.10.2026): %s

Z poważaniem
Dział Księgowości
%s
""" % (ksef, docs.money(total, "pl", "zł"), nrb_, PARTNER_SIG)
    compose(F, 22, "pl", "partner-logistik-faktura-ksef", m365, utc(2026, 11, 10, 10, 41),
            PL_ACC.addr, ("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), [PL_ACC.t],
            "Faktura FV/2026/11/0387 - Example Polska sp. z o.o.",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "iso-8859-2", lang="PL"),
                            att(fv, "application/pdf", "FV_2026_11_0387.pdf")),
            hcs="iso-8859-2", henc="Q", pkw=dict(lang="pl-PL", attach=True, org="partner-logistik.pl",
                                                  tenant="5f1c2a77-0b3e-4d6a-9c21-7e8d4b2a9f10"),
            what="Logistics partner's monthly invoice with KSeF number",
            why="Partner's own M365 tenant, invoice registered in KSeF, account is the one announced by board letter in business/23 and on the VAT white list.",
            neg_of=[22, 23])


def b23():
    pismo = docs.letter_pdf([
        ("Partner Logistik sp. z o.o.", 14, True), ("ul. Warszawska 102, 95-010 Stryków", 8, False), "",
        "Stryków, 14.10.2026", "", "Example Polska sp. z o.o.", "ul. Piotrkowska 270, 90-361 Łódź", "",
        ("Zawiadomienie o zmianie rachunku bankowego", 12, True), "",
        "Szanowni Państwo,", "",
        "informujemy, że od 1 listopada 2026 r. obsługę rozliczeń przenosimy do PKO Bank Polski S.A.",
        "Nowy rachunek: %s" % bk.nrb(PARTNER_NEW_IBAN),
        "Rachunek jest zgłoszony do wykazu podatników VAT (biała lista) - prosimy o weryfikację",
        "na stronie Ministerstwa Finansów przed pierwszą płatnością.", "",
        "Dotychczasowy rachunek w mBank S.A. (%s)" % bk.nrb(PARTNER_OLD_IBAN),
        "pozostaje aktywny do 31.12.2026 r.", "",
        "Zmianę prosimy potwierdzić telefonicznie z opiekunem klienta pod znanym Państwu numerem.", "",
        "Z poważaniem", "", "Tomasz Wieczorek - Prezes Zarządu        Anna Sikora - Członek Zarządu", "---",
        ("KRS 0000412876, NIP %s" % PARTNER_NIP, 8, False)],
        title="Zmiana rachunku bankowego", author="Partner Logistik", producer="Microsoft® Word dla Microsoft 365",
        date="D:20261014153012+02'00'")
    text = """Dzień dobry Pani Małgorzato,

zgodnie z naszą wczorajszą rozmową telefoniczną przesyłam pismo Zarządu w sprawie zmiany rachunku bankowego.

Od 1 listopada prosimy o płatności na rachunek w PKO BP: %s
Rachunek jest już widoczny w wykazie podatników VAT (biała lista), więc przed pierwszym przelewem może go Pani zweryfikować na podatki.gov.pl. Stary rachunek w mBanku działa równolegle do końca roku.

W razie pytań proszę dzwonić bezpośrednio do mnie.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
tel. +48 42 719 88 14, kom. +48 601 447 902
%s
""" % (bk.nrb(PARTNER_NEW_IBAN), PARTNER_SIG)
    compose(F, 23, "pl", "partner-logistik-zmiana-rachunku-pismo-zarzadu", m365, utc(2026, 10, 15, 7, 58),
            PL_ACC.addr, ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [PL_ACC.t],
            "Zmiana rachunku bankowego Partner Logistik od 1.11.2026 - pismo Zarządu",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "windows-1250", lang="PL"),
                            att(pismo, "application/pdf", "Pismo_zmiana_rachunku_Partner_Logistik.pdf")),
            cc=[PL_MGR.t], hcs="windows-1250", henc="B",
            pkw=dict(lang="pl-PL", attach=True, org="partner-logistik.pl", tenant="5f1c2a77-0b3e-4d6a-9c21-7e8d4b2a9f10"),
            what="Partner announces a new bank account with a board-signed letter",
            why="Genuine tenant, agreed by phone the day before, domestic bank, account on the VAT white list, old account stays active, asks for call-back verification.",
            neg_of=[22])


def b24():
    text = """Dzień dobry Panie Pawle,

przesyłam wycenę haftu logo "Ochrona Kruk" zgodnie z plikiem, który dostałem od Pani Agnieszki:

- kurtka softshell, haft na lewej piersi 9 x 4 cm, ok. 7 800 wkłuć - 4,20 zł netto/szt. (850 szt.)
- koszulka polo, haft na rękawie 6 x 3 cm - 2,60 zł netto/szt. (1 200 szt.)
- przygotowanie programu hafciarskiego (jednorazowo) - 150 zł netto

Termin realizacji 10 dni roboczych od dostarczenia towaru do Zgierza. Próbkę mogę zrobić w 2 dni.

Pozdrawiam
Marek Kowalczyk
HAFT-MAR, Zgierz
tel. 604 118 275
"""
    compose(F, 24, "pl", "haft-mar-wycena-haftu-wp", wp, utc(2026, 10, 20, 16, 8),
            PL_MGR.addr, ("Marek Kowalczyk", "marek.kowalczyk76@wp.pl"), [PL_MGR.t], "wycena haftu - Ochrona Kruk",
            lambda B: Text(text, "plain", "iso-8859-2", "8bit"), cc=[PL_SALES.t], hcs="iso-8859-2", henc="Q",
            what="One-man embroidery subcontractor sends a quote from wp.pl",
            why="Consumer mailbox is normal for this sole trader, plain quote, no links, attachments or payment instructions.")


def b25():
    img = qr.banner_png(320, 200, (52, 58, 64), (210, 210, 200))
    text = """Dzień dobry Pani Agnieszko,

zgłaszam reklamację dostawy WZ 2026/10/118 z dnia 27.10.2026 (zamówienie ZK/2026/0912).

Przy wydawaniu umundurowania pracownikom okazało się, że w 37 parach spodni służbowych (art. EX-PL-2201, kolor grafit) rozchodzą się szwy w kroku - w większości po pierwszym dniu noszenia. W załączeniu przesyłam zdjęcia dwóch egzemplarzy, pozostałe mamy odłożone do odbioru.

Prosimy o:
1. wymianę 37 par na nowe (rozmiary zgodne z listą w zamówieniu),
2. informację, czy problem może dotyczyć całej partii (wydaliśmy dotąd ok. 400 par).

Nowe kontrakty ochrony startują 1 grudnia, więc zależy nam na szybkiej wymianie.

Z poważaniem
Krzysztof Nowak
Kierownik Zaopatrzenia
Ochrona Kruk sp. z o.o.
ul. Grochowska 306, 03-840 Warszawa
tel. 22 870 44 19
"""
    compose(F, 25, "pl", "ochrona-kruk-reklamacja-szwy", hosting_postfix, utc(2026, 11, 3, 11, 20),
            PL_SALES.addr, ("Krzysztof Nowak", "k.nowak@ochrona-kruk.pl"), [PL_SALES.t],
            "Reklamacja - dostawa WZ 2026/10/118 - rozchodzące się szwy w spodniach",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "windows-1250", lang="PL"),
                            att(img, "image/png", "spodnie_szew_1.png"),
                            att(img, "image/png", "spodnie_szew_2.png")),
            cc=[PL_MGR.t], hcs="windows-1250", henc="Q",
            pkw=dict(host="cloudserver031447.home.pl", ip="79.96.171.42", lang="pl"),
            what="Customer complaint about split seams, with photos",
            why="Customer's own domain on home.pl, concrete delivery/order numbers, images only; asks for replacement, not money.")


def b26():
    r = rng("b26")
    link = "https://partnerlogistik.sharepoint.com/:f:/s/Klienci/E%s?e=%s" % (hexs(r, 8) + "v" + hexs(r, 12) + "Q", r.choice(["Kx7Qa2", "b9ZtLm", "p3VnWc"]))
    plain = """Tadeusz Zieliński udostępnił Ci folder

Awizacje Example Polska 2027

Dzień dobry, w tym folderze będziemy umieszczać awizacje dostaw i zestawienia stanów na 2027 r. Pozdrawiam, T.Z.

Otwórz: %s

Ten link działa tylko w przypadku bezpośrednich adresatów tej wiadomości.

Zasady zachowania poufności informacji firmy Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
""" % link
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',sans-serif">'
            '<table width="520" align="center" style="border:1px solid #e1dfdd"><tr><td style="padding:24px">'
            '<div style="font-size:21px;color:#242424">Tadeusz Zieliński udostępnił Ci folder</div>'
            '<div style="padding:16px 0;font-size:14px;color:#424242">Dzień dobry, w tym folderze będziemy umieszczać awizacje dostaw i zestawienia stanów na 2027 r. Pozdrawiam, T.Z.</div>'
            '<div style="padding:12px;border:1px solid #e1dfdd"><b>Awizacje Example Polska 2027</b></div>'
            '<div style="padding-top:20px"><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none;border-radius:4px">Otwórz</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#616161">Ten link działa tylko w przypadku bezpośrednich adresatów tej wiadomości.</div>'
            '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#616161"><img src="https://res-1.cdn.office.net/assets/mail/file-icon/png/folder_16x16.png" width="16" alt=""> Microsoft SharePoint | '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Zasady zachowania poufności informacji firmy Microsoft</a></td></tr></table></body></html>\n' % link)
    compose(F, 26, "pl", "partner-logistik-sharepoint-folder-genuine", sharepoint, utc(2026, 12, 8, 12, 4),
            PL_MGR.addr, ("Tadeusz Zieliński (za pośrednictwem usługi SharePoint Online)", "no-reply@sharepointonline.com"),
            [PL_MGR.t], "Tadeusz Zieliński udostępnił Ci folder „Awizacje Example Polska 2027”",
            lambda B: alt(B, 0, plain, html, "utf-8", "base64"),
            reply_to=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")],
            pkw=dict(org="partner-logistik.pl", tenant="5f1c2a77-0b3e-4d6a-9c21-7e8d4b2a9f10", lang="pl-PL"),
            what="SharePoint sharing notification from the logistics partner's tenant",
            why="SharePoint Online notification from the partner's real tenant (partner-logistik.pl), link to partnerlogistik.sharepoint.com, from the known contact, content expected (delivery advices).",
            neg_of=[26])


# ------------------------------------------------------------------ Spanish
def b27():
    fac, total = docs.invoice_pdf(
        "es", ["Cremalleras Vallès S.A.", "Carretera de Terrassa 88, 08203 Sabadell", "CIF %s" % CREM_CIF],
        ["Example Iberia S.L.", "Carrer de la Indústria 42, 08202 Sabadell", "CIF %s" % EXAMPLE_ES_CIF],
        "FV-26/0931", "16/11/2026",
        [("Cremallera nylon 5 mm separable 60 cm, negro", 2400, "uds", 0.48),
         ("Cremallera metálica 8 mm, bronce 20 cm", 1800, "uds", 0.62),
         ("Broche de presión 15 mm latón", 12000, "uds", 0.045)], 21,
        ["CaixaBank - IBAN %s" % bk.fmt_iban(CREM_IBAN)], "Transferencia a 60 días",
        producer="Holded", creator="Holded")
    text = """Buenos días Lucía,

Adjuntamos la factura FV-26/0931 correspondiente al pedido PED-26/1188 (albarán 26/2417 entregado el 13/11).

Importe: %s
Vencimiento: 15/01/2027, transferencia a la cuenta habitual de CaixaBank.

Cualquier duda, estamos a vuestra disposición.

Un saludo,

Administració
Cremalleras Vallès S.A.
Carretera de Terrassa 88 - 08203 Sabadell
Tel. 93 726 41 90
""" % docs.money(total, "es")
    compose(F, 27, "es", "cremalleras-valles-factura-genuina", gmail, utc(2026, 11, 18, 9, 25),
            ES_ACC.addr, ("Administració Cremalleras Vallès", "administracion@cremalleras-valles.es"), [ES_ACC.t],
            "Factura FV-26/0931 - Example Iberia S.L.",
            lambda B: mixed(B, 1, gmail_alt(B, 2, text), att(fac, "application/pdf", "FV-26-0931.pdf")),
            what="Zip supplier's invoice (Google Workspace)",
            why="Supplier's genuine domain cremalleras-valles.es on Google Workspace, matches a delivered order, usual CaixaBank account.",
            neg_of=[31])


def b28():
    text = """Hola Lucía,

Te confirmo que he encargado a Vins i Caves Sabadell las 14 cestas de Navidad para clientes, igual que el año pasado (lista adjunta en el pedido, 65 € + IVA cada una). Las entregan en la oficina el 15 de diciembre y luego las repartimos nosotros.

La factura vendrá a nombre de Example Iberia, pago por transferencia a 30 días; te llegará al correo de facturas como siempre. Ya está aprobado el presupuesto con Mönchengladbach.

Si necesitas algo más lo comentamos mañana en la oficina.

Gracias,
Javier

Javier Muñoz
Director de la delegación
Example Iberia S.L. · Carrer de la Indústria 42 · 08202 Sabadell
T +34 93 745 20 10
"""
    compose(F, 28, "es", "cestas-navidad-clientes-interno", exchange_internal, utc(2026, 12, 3, 16, 40),
            ES_ACC.addr, ES_MGR.t, [ES_ACC.t], "Cestas de Navidad clientes - pedido",
            lambda B: outlook_alt(B, 0, text, "windows-1252", lang="ES"), hcs="windows-1252", henc="Q",
            pkw=dict(lang="es-ES"),
            what="Office manager informs accounting about client Christmas hampers",
            why="Internal relay, purchase through a normal supplier invoice with approved budget, nothing to buy or send by mail.",
            neg_of=[28])


def b29():
    text = """Buenos días Javier:

Os escribo en relación con el pedido 4512 (albarán 26/1933, recibido el 19/10).

En la caja 6 de 9 las casacas de manga corta (ref. EX-ES-3104, color celeste) vienen marcadas como talla M pero corresponden a una XS: hemos comparado con las de pedidos anteriores y la diferencia de contorno es de casi 10 cm. Son 48 unidades.

Necesitaríamos la reposición antes del 6 de noviembre, porque empezamos el nuevo contrato del Hospital de la Ribera y el personal tiene que estar uniformado.

¿Podéis organizar la recogida de las casacas erróneas con vuestra agencia de transporte?

Gracias y un saludo,

Rosa Martínez
Departamento de Compras
Servicios de Limpieza Levante S.L.
Av. del Port 187, 46023 València
Tel. 963 30 21 48
"""
    compose(F, 29, "es", "limpiezas-levante-reclamacion-tallas", m365, utc(2026, 10, 23, 7, 55),
            ES_MGR.addr, ("Rosa Martínez", "compras@limpiezas-levante.es"), [ES_MGR.t],
            "Reclamación pedido 4512 - tallas incorrectas en casacas",
            lambda B: outlook_alt(B, 0, text, "iso-8859-15", lang="ES"), cc=[ES_ACC.t], hcs="iso-8859-15", henc="Q",
            pkw=dict(lang="es-ES", org="limpiezas-levante.es"),
            what="Customer complaint about wrongly labelled sizes",
            why="Customer's own M365 tenant, concrete order and delivery references, asks for replacement and pickup only.")


def b30():
    just = docs.letter_pdf([
        ("AGENCIA TRIBUTARIA - Justificante de acceso a notificación", 11, True), "",
        "Destinatario: EXAMPLE IBERIA SL  NIF %s" % EXAMPLE_ES_CIF,
        "Procedimiento: Comprobación limitada - Impuesto sobre Sociedades 2025",
        "Fecha de puesta a disposición: 02/11/2026   Fecha de acceso: 04/11/2026 09:12",
        "Accedido por: FONT ASSESSORS SLP (apoderado)", "",
        "Plazo de atención del requerimiento: 10 días hábiles desde el acceso."],
        title="Justificante notificación", author="AEAT", producer="iText® 7.1 ©2000-2020 iText Group NV",
        date="D:20261104091355+01'00'")
    text = """Hola Lucía,

os informo de que el lunes la AEAT os puso una notificación en la DEHú / Sede electrónica. Como tenemos el apoderamiento, la hemos abierto nosotros esta mañana con el certificado del despacho.

Es un requerimiento de comprobación limitada del Impuesto sobre Sociedades 2025: piden el detalle de las amortizaciones y los contratos de renting de las máquinas de corte. Tenemos 10 días hábiles.

Te adjunto el justificante de acceso. El requerimiento completo os lo enseño el jueves en la reunión; no hace falta que entréis vosotros en la sede. Ya sabes que la AEAT nunca manda estas notificaciones con archivos adjuntos ni enlaces por correo: solo avisa de que hay algo en la DEHú.

Un abrazo,
Jordi

--
Jordi Font i Vila
Font Assessors · Assessoria fiscal i laboral
Rambla 74, 1r - 08202 Sabadell · 93 725 18 60
"""
    compose(F, 30, "es", "gestoria-notificacion-aeat-dehu", hosting_postfix, utc(2026, 11, 4, 9, 48),
            ES_ACC.addr, ("Jordi Font", "jordi.font@fontassessors.com"), [ES_ACC.t],
            "Notificación AEAT en DEHú - requerimiento IS 2025",
            lambda B: mixed(B, 1, Text(text, "plain", "utf-8", "8bit", flowed=True),
                            att(just, "application/pdf", "Justificante_acceso_notificacion_AEAT.pdf", style="2231")),
            cc=[ES_MGR.t], pkw=dict(host="smtp.fontassessors.com", ip="217.116.0.%d" % 211, mua="tb", lang="es-ES"),
            what="Tax adviser reports a real AEAT notification in DEHú",
            why="Known adviser's domain, explains the official channel (DEHú/Sede, accessed with certificate), attaches only an access receipt; no link or archive.",
            neg_of=[27])


def b31():
    plain = """Clúster Tèxtil del Vallès - Boletín noviembre 2026

* Ayudas a la descarbonización de la industria textil: abierta la convocatoria hasta el 15/12.
* Jornada "Pasaporte digital de producto en el sector textil", 3 de diciembre, Terrassa.
* Nuevo socio: Tints i Acabats Rubí.

Más información: https://clustertextilvalles.cat/butlleti/2026-11

Recibes este boletín porque tu empresa es socia del Clúster.
Darse de baja: https://u2817463.ct.sendgrid.net/asm/unsubscribe/?user_id=2817463&data=c7Y1b0
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">'
            '<table width="600" align="center"><tr><td style="background:#7a1f3d;color:#fff;padding:16px;font-size:18px">Clúster Tèxtil del Vallès · Boletín noviembre 2026</td></tr>'
            '<tr><td style="padding:16px"><ul><li><b>Ayudas a la descarbonización</b> de la industria textil: convocatoria abierta hasta el 15/12.</li>'
            '<li>Jornada <i>«Pasaporte digital de producto en el sector textil»</i>, 3 de diciembre, Terrassa.</li><li>Nuevo socio: Tints i Acabats Rubí.</li></ul>'
            '<p><a href="https://u2817463.ct.sendgrid.net/ls/click?upn=u001.Jh2v8Q">Leer el boletín completo</a></p></td></tr>'
            '<tr><td style="font-size:11px;color:#777;padding:16px">Recibes este boletín porque tu empresa es socia del Clúster. '
            '<a href="https://u2817463.ct.sendgrid.net/asm/unsubscribe/?user_id=2817463&amp;data=c7Y1b0">Darse de baja</a></td></tr></table>'
            '<img src="https://u2817463.ct.sendgrid.net/wf/open?upn=u001.Kq9xZ" width="1" height="1" alt=""></body></html>\n')
    compose(F, 31, "es", "newsletter-cluster-textil-sendgrid", sendgrid, utc(2026, 11, 13, 8, 0),
            ES_MGR.addr, ("Clúster Tèxtil del Vallès", "butlleti@clustertextilvalles.cat"), [ES_MGR.t],
            "Boletín noviembre: ayudas a la descarbonización y jornada sobre pasaporte digital",
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            extra=[("List-Unsubscribe", "<https://u2817463.ct.sendgrid.net/asm/unsubscribe/?user_id=2817463&data=c7Y1b0>, <mailto:unsubscribe@clustertextilvalles.cat>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
            pkw=dict(host="o1.ptr4471.clustertextilvalles.cat", bdom="em8841.clustertextilvalles.cat"),
            what="Regional textile cluster newsletter via SendGrid",
            why="Member newsletter through SendGrid with the sender's branded link/bounce domains, List-Unsubscribe, informational only.")


def build():
    for f in (b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31):
        f()
