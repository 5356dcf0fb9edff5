"""Genuine business messages, Italian (5) and Polish (5)."""
import ids
import pdf
import png
import threads as th
from core import reg, finish
from infra import (t_aruba, t_libero, t_exo, t_gmail, t_postfix, t_wp, t_internal, mua_javamail, mua_outlook16,
                   mua_ox_libero, mua_exo, mua_gmail, mua_exchange, mua_plain)
from mime import Text, Multi, Blob
from people import (S, FERRETTI_IBAN, FERRETTI_PIVA, EG_IT_PIVA, PARTNER_NIP, PARTNER_IBAN_OLD, PARTNER_IBAN_NEW,
                    EG_PL_NIP)
from tpl import alt, mixed, mso_html, simple_html, gmail_html, esc, fill, outlook_quote, outlook_quote_html
from util import addr, secs, tok, digits

B = "business"


# ----------------------------------------------------------------- Italian
@reg(B, "it", "ferretti-fattura-cortesia")
def b_ferretti_inv(k):
    k.when("2026-11-02 12:10:26")
    acc = S("it_acc")
    rt = k.env("amministrazione@ferretti-trasporti.it", acc["addr"])
    t_aruba(rt, "151.84.212.30", client_helo="SRV-GESTIONALE")
    mua_javamail(rt, "SRV-GESTIONALE")
    text = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2012/2026 del 31/10/2026, relativa ai servizi di trasporto refrigerato campioni del mese di ottobre 2026.

L'originale della fattura elettronica è stato trasmesso tramite il Sistema di Interscambio (SdI) ed è disponibile nel Vostro cassetto fiscale.

Imponibile: € 6.437,87
IVA 22%%: € 1.416,33
Totale documento: € 7.854,20
Scadenza: 30/11/2026 - bonifico bancario
Banca: Banco BPM, filiale di Piacenza
IBAN: %s

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Emilia Parmense 143 - 29122 Piacenza
P.IVA %s

Messaggio generato automaticamente dal gestionale: per informazioni scrivere a amministrazione@ferretti-trasporti.it
""" % (ids.pretty(FERRETTI_IBAN), FERRETTI_PIVA)
    inv = pdf.make_pdf([
        ("Ferretti Trasporti S.p.A.", 15, True), "Via Emilia Parmense 143 - 29122 Piacenza - P.IVA " + FERRETTI_PIVA, "",
        "Spett.le Example Group Italia S.r.l.", "Via Giovanni Durando 38, 20158 Milano - P.IVA " + EG_IT_PIVA, "",
        ("FATTURA N. 2012/2026 del 31/10/2026 - copia di cortesia", 12, True), "",
        "Trasporti refrigerati +2/+8 C campioni biologici - ottobre 2026", "",
        "Ritiri giornalieri Milano Durando -> Segrate (22 viaggi)         3.410,00",
        "Ritiri giornalieri Monza -> Segrate (22 viaggi)                  2.607,00",
        "Registrazione temperatura / data logger                           220,00",
        "Supplemento carburante                                            200,87",
        "---", "Imponibile                                                      6.437,87",
        "IVA 22%                                                         1.416,33",
        ("Totale documento EUR                                            7.854,20", 11, True), "",
        "Pagamento: bonifico a 30 gg data fattura - scadenza 30/11/2026",
        "Banco BPM - IBAN " + ids.pretty(FERRETTI_IBAN), "",
        ("Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nel cassetto "
         "fiscale.", 7, False),
    ], k.t - secs(300), title="Fattura 2012/2026", creator="TeamSystem", producer="TeamSystem PDF")
    body = mixed(rt, Text(text, "plain", "ISO-8859-15", "quoted-printable", quote_cs=False),
                 Blob(inv, "application/pdf", "FT_2012_2026_cortesia.pdf"))
    return finish(k, rt, frm=addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"),
                  to=acc["addr"], subject="Ferretti Trasporti S.p.A. - Copia di cortesia fattura n. 2012/2026 del 31/10/2026",
                  body=body,
                  what="Carrier's courtesy copy of an e-invoice (original via SdI) for October sample transport",
                  why="Genuine address on Ferretti's Aruba mail from their office line, sent by their ERP; the "
                      "original went through SdI, IBAN is the one on file, standard 30-day terms.",
                  pair=(["ferretti-iban-lookalike", "sdi-notifica-scarto-phishing"],
                        "Same carrier and e-invoicing topic; genuine one from the .it domain with unchanged IBAN."))


@reg(B, "it", "ferretti-programmazione-ritiri")
def b_ferretti_thread(k):
    k.when("2026-11-06 09:41:37")
    mgr = S("it_mgr")
    rt = k.env("c.colombo@ferretti-trasporti.it", mgr["addr"])
    t_aruba(rt, "151.84.212.30", client_helo="PC-TRAFFICO02")
    mua_outlook16(rt, "ferretti-trasporti.it", lang="it")
    q = outlook_quote("it", "Francesca Galli <francesca.galli@example.com>", "giovedì 5 novembre 2026 17:03",
                      "Chiara Colombo <c.colombo@ferretti-trasporti.it>", th.F_SUBJ, th.F_F0_TEXT)
    plain = th.F_C1_TEXT + "\n" + q
    html = mso_html(th.F_C1_TEXT, "IT", quote_html=outlook_quote_html(
        "it", "Francesca Galli <francesca.galli@example.com>", "giovedì 5 novembre 2026 17:03",
        "Chiara Colombo <c.colombo@ferretti-trasporti.it>", th.F_SUBJ, th.F_F0_TEXT))
    plan = pdf.make_pdf([
        ("Ferretti Trasporti S.p.A. - Logistica Sanitaria", 13, True), ("Piano ritiri settimana 46 (09-14/11/2026)", 11, True),
        "Cliente: Example Group Italia S.r.l.", "", "---",
        ("Sede            Giorni      Ora ritiro   Destinazione          DDT rif.", 9, True),
        "Milano Durando  lun-ven     16:30        Lab. Segrate          DDT 46/0311-0315",
        "Monza           lun-ven     15:45        Lab. Segrate          DDT 46/0316-0320",
        "Monza           sabato      12:30        Lab. Segrate          DDT 46/0321", "---", "",
        "Temperatura di trasporto +2/+8 C, data logger con report allegato al DDT.",
        "Supplemento sabato: 35,00 EUR + IVA a viaggio (tariffa festiva da contratto).",
    ], k.t - secs(1200), title="Piano ritiri sett. 46", creator="Microsoft Excel", producer="Microsoft Excel")
    body = mixed(rt, alt(rt, plain, html, "windows-1252", "quoted-printable"),
                 Blob(plan, "application/pdf", "Piano_ritiri_sett46.pdf"))
    return finish(k, rt, frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
                  to=addr("Francesca Galli", mgr["addr"]), subject="R: " + th.F_SUBJ,
                  subj_cs=("windows-1252", "Q", None), body=body, msgid=th.F_C1,
                  in_reply_to=th.F_F0, references=th.F_F0,
                  what="Carrier dispatcher confirms the week-46 sample pickup schedule, PDF plan attached",
                  why="Genuine reply in the thread from Ferretti's office PC via Aruba (Outlook HTML), plain PDF "
                      "attachment, operational content, tariff as per contract.",
                  pair=(["ferretti-threadhijack-zip-password"], "Same thread and mailbox; the hijack sends a "
                                                                "password ZIP from a foreign VPS."))


@reg(B, "it", "reclamo-paziente-libero")
def b_reclamo(k):
    k.when("2026-11-05 21:34:12")
    mgr = S("it_mgr")
    rt = k.env("giulia.rinaldi@libero.it", mgr["addr"])
    t_libero(rt, "79.40.118.23")
    mua_ox_libero(rt)
    text = """Buonasera,

scrivo per segnalare un disservizio. Avevo prenotato un'ecografia addominale per mercoledì 4 novembre alle 8:30 presso il Vostro centro di via Durando. Mi sono presentata in orario e a digiuno, ma in accettazione mi è stato detto che l'appuntamento era stato spostato al 12 novembre. Non ho ricevuto nessun SMS né e-mail di avviso e ho perso una mattina di lavoro.

Inoltre, l'acconto di 40 euro che avevo pagato online il 28 ottobre non mi è stato restituito né scalato.

Vi chiedo quindi di confermarmi per iscritto il nuovo appuntamento (possibilmente in un orario prima delle 9) e di indicarmi come verrà gestito l'acconto. Vorrei anche capire perché non sono stata avvisata.

Cordiali saluti
Giulia Rinaldi
"""
    html = simple_html(text, font="Arial, Helvetica, sans-serif", size="10pt")
    body = alt(rt, text, html, "UTF-8", "quoted-printable", quote_cs=False)
    return finish(k, rt, frm=addr("Giulia Rinaldi", "giulia.rinaldi@libero.it"), to=mgr["addr"],
                  subject="Reclamo - appuntamento ecografia del 4/11 spostato senza avviso", body=body,
                  what="Patient complaint from a libero.it address: appointment moved without notice, deposit not "
                       "refunded",
                  why="Ordinary customer complaint via Libero webmail from an Italian residential IP; concrete "
                      "facts, asks for a written confirmation; no links, attachments or payment instructions.",
                  pair=(["clickfix-patientenbeschwerde-html"], "Patient complaint from a free-mail address in both; "
                                                               "the attack carries a ClickFix HTML attachment."))


@reg(B, "it", "diagnostica-lombarda-sollecito-sospensione")
def b_sollecito(k):
    k.when("2026-11-24 14:56:03")
    acc, mgr = S("it_acc"), S("it_mgr")
    rt = k.env("m.bianchi@diagnosticalombarda.it", acc["addr"])
    t_exo(rt, "DU2PR05MB%04d" % 8841, "AS8PR05MB%04d" % 2170, "eurprd05", out="eur05")
    subj = "SOLLECITO URGENTE - fatture scadute - sospensione forniture dal 01/12/2026"
    mua_exo(rt, "DU2PR05MB8841", "eurprd05", subj, lang_tag="it-IT")
    text = """Gentile dott. Esposito,

nonostante i nostri precedenti solleciti del 15/10 e del 05/11, risultano ancora insolute le seguenti fatture:

- n. FT/2026/03318 del 31/08/2026 – € 14.260,00
- n. FT/2026/03702 del 30/09/2026 – € 9.871,45

Totale scaduto: € 24.131,45

Vi informiamo che, in assenza del pagamento o di un Vostro riscontro entro il 30/11/2026, saremo costretti a sospendere le forniture di reagenti e materiali di consumo per i Vostri centri di Milano e Monza a partire dal 01/12/2026, nonché ad applicare gli interessi di mora ai sensi del D.Lgs. 231/2002.

Restiamo disponibili a concordare un piano di rientro. Le coordinate bancarie sono invariate e quelle riportate in fattura.

Cordiali saluti

Marco Bianchi
Responsabile Amministrazione e Crediti
Diagnostica Lombarda S.r.l.
Via Giuseppe di Vittorio 24 – 20090 Segrate (MI)
Tel. 02 2138 4410
"""
    body = alt(rt, text, mso_html(text, "IT"), "windows-1252", "quoted-printable")
    return finish(k, rt, frm=addr("Marco Bianchi", "m.bianchi@diagnosticalombarda.it"),
                  to=addr("Luca Esposito", acc["addr"]), cc=addr("Francesca Galli", mgr["addr"]), subject=subj,
                  body=body,
                  what="Reagent supplier's urgent dunning: two overdue invoices, supply suspension from 1 December",
                  why="Known supplier on its own Microsoft 365 tenant; refers to earlier reminders and real invoice "
                      "numbers; bank details explicitly unchanged; offers a repayment plan – harsh but genuine.")


@reg(B, "it", "malattia-collega-gmail")
def b_malattia(k):
    k.when("2026-11-16 07:22:48")
    mgr = S("it_mgr")
    rt = k.env("roberto.ferri.mi@gmail.com", mgr["addr"])
    t_gmail(rt)
    mua_gmail(rt)
    text = """Buongiorno Francesca,

ti scrivo dalla mail personale perché dal telefono non riesco ad accedere a quella aziendale.

Stanotte mi è salita la febbre a 38,7 e stamattina il medico di base mi ha messo in malattia fino a venerdì 20 compreso. Il certificato è stato inviato telematicamente all'INPS, il numero di protocollo è 2026111607453281.

Mi dispiace per il turno in accettazione di domani: ho già sentito Sara e mi copre lei la mattina.

Grazie e a presto,
Roberto
"""
    body = alt(rt, text, gmail_html(text), "UTF-8", "quoted-printable")
    return finish(k, rt, frm=addr("Roberto Ferri", "roberto.ferri.mi@gmail.com"), to=mgr["addr"],
                  subject="Malattia fino a venerdì", subj_cs=("UTF-8", "Q", None), body=body,
                  what="Receptionist reports sick from his private Gmail, gives the INPS certificate protocol number",
                  why="Colleague using the standard telematic sick-note procedure; no request for data, money or "
                      "account changes; ordinary Gmail path.",
                  pair=(["gehaltskonto-aenderung-gmx"], "Staff writing from private mail; nothing is requested "
                                                        "beyond taking note."))


# ----------------------------------------------------------------- Polish
def _homepl(rt, client_helo, client_ip, client_rdns, back=8):
    t_postfix(rt, "cloudserver094114.home.pl", "79.96.170.134", rdns="cloudserver094114.home.pl",
              client_helo=client_helo, client_ip=client_ip, client_rdns=client_rdns, back=back)
    rt.note = "home.pl hosted mail (cloudserver094114.home.pl)"


@reg(B, "pl", "partner-logistik-faktura-ksef")
def b_partner_inv(k):
    k.when("2026-11-02 13:28:19")
    acc = S("pl_acc")
    rt = k.env("ksiegowosc@partner-logistik.pl", acc["addr"])
    _homepl(rt, "KSIEGOWOSC-PC", "89.64.12.201", "89-64-12-201.dynamic.chello.pl")
    mua_outlook16(rt, "partner-logistik.pl", lang="pl")
    ksef = ids.ksef_number(PARTNER_NIP, "20261031", tok(k.rng, 12, "0123456789ABCDEF"))
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0391 z dnia 31.10.2026 za usługi magazynowe i kompletację zamówień w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s

Kwota netto: 31 229,76 zł
VAT 23%%: 7 182,84 zł
Do zapłaty: 38 412,60 zł
Termin płatności: 30.11.2026
Rachunek (zgłoszony w wykazie podatników VAT): %s, ING Bank Śląski S.A.

Prosimy o zapłatę w mechanizmie podzielonej płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
NIP %s
""" % (ksef, ids.pretty(PARTNER_IBAN_OLD), PARTNER_NIP)
    viz = pdf.make_pdf([
        ("Partner Logistik sp. z o.o.", 14, True), "ul. Półłanki 64, 30-740 Kraków - NIP " + PARTNER_NIP, "",
        ("Faktura VAT FV/2026/10/0391", 13, True), "Data wystawienia: 31.10.2026   Numer KSeF: " + ksef, "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Lea 114, 30-133 Kraków, NIP " + EG_PL_NIP, "", "---",
        "Składowanie materiałów medycznych (240 miejsc paletowych)     18 720,00",
        "Kompletacja i wydania (1 312 linii)                           9 577,76",
        "Transport wewnętrzny Kraków                                    2 932,00", "---",
        "Razem netto                                                   31 229,76 PLN",
        "VAT 23%                                                        7 182,84 PLN",
        ("Do zapłaty                                                    38 412,60 PLN", 11, True), "",
        "Termin płatności: 30.11.2026, przelew - mechanizm podzielonej płatności",
        "Rachunek: " + ids.pretty(PARTNER_IBAN_OLD) + " (ING Bank Śląski S.A.)", "",
        ("Wizualizacja faktury ustrukturyzowanej wystawionej w KSeF.", 7, False),
    ], k.t - secs(2000), title="FV/2026/10/0391", creator="Comarch ERP Optima", producer="Comarch ERP Optima")
    body = mixed(rt, alt(rt, text, mso_html(text, "PL"), "iso-8859-2", "quoted-printable"),
                 Blob(viz, "application/pdf", "FV_2026_10_0391.pdf"))
    return finish(k, rt, frm=addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q"),
                  to=addr("Paweł Łukasik", acc["addr"], "iso-8859-2", "Q"),
                  subject="Faktura FV/2026/10/0391 - Partner Logistik sp. z o.o. (KSeF)", body=body,
                  what="Logistics partner's invoice (visualisation PDF) with KSeF number, split payment, white-listed "
                       "ING account",
                  why="Genuine accounts address via Partner Logistik's home.pl hosting from a Polish ISP; KSeF "
                      "number with valid structure, account on the VAT white list and unchanged.",
                  pair=(["ksef-faktura-odrzucona", "partner-logistik-lookalike-rachunek"],
                        "KSeF and Partner Logistik payments; genuine mail gives the KSeF ID and the known account."))


@reg(B, "pl", "partner-logistik-nowy-rachunek-zapowiedz")
def b_partner_bank(k):
    k.when("2026-12-02 11:05:44")
    acc = S("pl_acc")
    rt = k.env("t.zielinski@partner-logistik.pl", acc["addr"])
    _homepl(rt, "TZ-LAPTOP", "89.64.12.201", "89-64-12-201.dynamic.chello.pl")
    mua_outlook16(rt, "partner-logistik.pl", lang="pl")
    nip = "%s-%s-%s-%s" % (PARTNER_NIP[:3], PARTNER_NIP[3:6], PARTNER_NIP[6:8], PARTNER_NIP[8:])
    text = """Szanowny Panie Pawle,

uprzejmie informuję, że od 1 stycznia 2027 r. zmieniamy bank obsługujący naszą spółkę z ING Banku Śląskiego na Bank Pekao S.A.

Nowy rachunek: %s

Rachunek został już zgłoszony i widnieje w wykazie podatników VAT (biała lista) – mogą Państwo to sprawdzić na stronie Ministerstwa Finansów pod naszym NIP %s. Dotychczasowy rachunek w ING pozostanie aktywny do 31 marca 2027 r., więc żadne płatności nie zostaną utracone. Faktury wystawione do końca grudnia prosimy opłacać jeszcze na dotychczasowy rachunek.

Oficjalne pismo podpisane przez zarząd przesyłam w załączniku, oryginał wysłaliśmy również pocztą. Proszę o weryfikację tej zmiany telefonicznie pod znanym Państwu numerem centrali (12 651 30 00), zanim wprowadzą ją Państwo do systemu.

Z poważaniem

Tadeusz Zieliński
Prezes Zarządu
Partner Logistik sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
""" % (ids.pretty(PARTNER_IBAN_NEW), nip)
    letter = pdf.make_pdf([
        ("Partner Logistik sp. z o.o.", 14, True), "ul. Półłanki 64, 30-740 Kraków - NIP " + PARTNER_NIP, "",
        ("Kraków, 30.11.2026", 10, False, 330), "", "Example Group Polska sp. z o.o.", "ul. Lea 114, 30-133 Kraków", "",
        ("Zawiadomienie o zmianie rachunku bankowego", 12, True), "",
        "Informujemy, że od dnia 01.01.2027 r. należności na rzecz Partner Logistik sp. z o.o. prosimy regulować",
        "na rachunek w Banku Pekao S.A.:", ("" + ids.pretty(PARTNER_IBAN_NEW), 11, True), "",
        "Rachunek jest ujawniony w wykazie podatników VAT. Dotychczasowy rachunek " + ids.pretty(PARTNER_IBAN_OLD),
        "pozostaje aktywny do 31.03.2027 r.", "", "Tadeusz Zieliński - Prezes Zarządu",
        "Małgorzata Kowal - Członek Zarządu",
    ], k.t - secs(86400 * 2), title="Zawiadomienie - rachunek", creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "PL"), "windows-1250", "quoted-printable"),
                 Blob(letter, "application/pdf", "Zawiadomienie_zmiana_rachunku.pdf"))
    return finish(k, rt, frm=addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250", "Q"),
                  to=addr("Paweł Łukasik", acc["addr"], "windows-1250", "Q"),
                  subject="Zmiana rachunku bankowego Partner Logistik od 1 stycznia 2027 r.",
                  subj_cs=("windows-1250", "Q", None), body=body,
                  what="Logistics partner's MD announces a new bank account from 2027 with signed letter, old account "
                       "open until March",
                  why="Genuine domain and usual home.pl path; account already on the VAT white list (verifiable), long "
                      "overlap, asks for phone verification before any change – proper notice.",
                  pair=(["partner-logistik-lookalike-rachunek"], "Same sender name and topic; the attack uses "
                                                                 "partner-logistic.pl, an unlisted account and "
                                                                 "immediate payment."))


@reg(B, "pl", "medlab-wezwanie-wstrzymanie")
def b_medlab(k):
    k.when("2026-11-30 10:18:57")
    acc = S("pl_acc")
    rt = k.env("a.dabrowska@medlab-polska.pl", acc["addr"])
    t_exo(rt, "PA4PR08MB%04d" % 6620, "VI1PR08MB%04d" % 3391, "eurprd08", out="eur03")
    subj = "Ostateczne przedsądowe wezwanie do zapłaty – FS/09/2026/1183"
    mua_exo(rt, "PA4PR08MB6620", "eurprd08", subj, attach=True, lang_tag="pl-PL")
    text = """Szanowni Państwo,

pomimo przypomnień z dnia 20.10.2026 i 06.11.2026 nie odnotowaliśmy wpłaty należności za badania laboratoryjne wykonane we wrześniu 2026 r. (faktura FS/09/2026/1183 na kwotę 21 480,00 zł, termin płatności 15.10.2026).

Wzywamy do zapłaty kwoty 21 480,00 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych w terminie 7 dni od otrzymania niniejszego wezwania, na rachunek wskazany na fakturze.

W przypadku braku wpłaty od dnia 10.12.2026 r. wstrzymamy przyjmowanie materiału do badań z Państwa placówki przy ul. Lea, a sprawa zostanie przekazana do windykacji sądowej. Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.

Wezwanie w formie pisma w załączniku.

Z poważaniem
Agnieszka Dąbrowska
Specjalista ds. rozliczeń
MedLab Polska sp. z o.o.
ul. Wielicka 265, 30-663 Kraków
"""
    letter = pdf.make_pdf([
        ("MedLab Polska sp. z o.o.", 14, True), "ul. Wielicka 265, 30-663 Kraków", "",
        ("Kraków, 30.11.2026", 10, False, 330), "", "Example Group Polska sp. z o.o.", "ul. Lea 114, 30-133 Kraków", "",
        ("OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY", 12, True), "",
        "Faktura FS/09/2026/1183 z dnia 15.09.2026, termin płatności 15.10.2026: 21 480,00 zł",
        "Wzywamy do zapłaty w terminie 7 dni na rachunek wskazany na fakturze.",
        "Brak wpłaty skutkuje wstrzymaniem przyjmowania materiału od 10.12.2026 r.", "",
        "Agnieszka Dąbrowska - Specjalista ds. rozliczeń",
    ], k.t - secs(1800), title="Wezwanie do zapłaty", creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "PL"), "utf-8", "base64"),
                 Blob(letter, "application/pdf", "Wezwanie_do_zaplaty_FS_09_2026_1183.pdf"))
    return finish(k, rt, frm=addr("Agnieszka Dąbrowska", "a.dabrowska@medlab-polska.pl", "utf-8", "B"),
                  to=addr("Paweł Łukasik", acc["addr"], "utf-8", "B"), subject=subj, body=body,
                  what="Reference laboratory's final pre-litigation payment demand with suspension of sample "
                       "acceptance from 10 December",
                  why="Known partner on its Microsoft 365 tenant; earlier reminders referenced; pays to the account "
                      "on the invoice (no new details); proper letter attached.")


@reg(B, "pl", "laptop-nie-dziala-prywatna-wp")
def b_laptop(k):
    k.when("2026-11-04 07:58:12")
    it = S("pl_it")
    rt = k.env("kasia.wojcik85@wp.pl", it["addr"])
    t_wp(rt, "83.24.117.5", "83-24-117-5.ip.netia.com.pl")
    mua_plain(rt, "<%s@wp.pl>" % tok(k.rng, 32), bstyle="generic",
              order=["date", "from", "to", "subject", "message-id", "mime-version", "content", "x-mailer"])
    text = """Cześć Michał,

mój służbowy laptop (Dell, ten z naklejką EG-KRK-0147) od rana się nie uruchamia – po włączeniu jest czarny ekran z migającym kursorem, a potem komunikat, że nie znaleziono urządzenia rozruchowego. Dwa razy robiłam restart, także bez stacji dokującej, bez zmian. Zdjęcie ekranu w załączniku.

Piszę z prywatnej poczty, bo do służbowej mam dostęp tylko z laptopa.

Będę w biurze od 9:30 – czy mógłbyś rzucić okiem albo dać mi laptop zastępczy? O 11:00 mam spotkanie z MedLabem.

Dzięki!
Kasia
"""
    photo = png.photo_png(320, 240, seed=7)
    body = mixed(rt, alt(rt, text, simple_html(text), "UTF-8", "quoted-printable", quote_cs=False),
                 Blob(photo, "image/png", "IMG_20261104_075312.png"))
    return finish(k, rt, frm=addr("Katarzyna Wójcik", "kasia.wojcik85@wp.pl", "UTF-8", "Q"),
                  to=addr("Michał Nowak", it["addr"], "UTF-8", "Q"),
                  subject="Laptop się nie uruchamia – piszę z prywatnej poczty", subj_cs=("UTF-8", "Q", None),
                  body=body,
                  what="Office manager reports a broken laptop to local IT from her private wp.pl address, photo of "
                       "the screen attached",
                  why="Plausible colleague request (asset tag, symptoms, meeting at 11); attachment is an ordinary "
                      "PNG photo; asks for a look or a loaner, no credentials or software involved.",
                  pair=(["teams-helpdesk-vishing-quickassist"], "IT-support context; here the user asks IT for help, "
                                                                "in the attack 'IT' initiates remote access."))


@reg(B, "pl", "helpdesk-zgloszenie-sesja-zdalna")
def b_helpdesk(k):
    k.when("2026-12-01 15:40:27")
    mgr = S("pl_mgr")
    rt = k.env("servicedesk@example.com", mgr["addr"])
    t_internal(rt)
    now_ms = digits(k.rng, 13)
    mua_plain(rt, "<JIRA.48213.%s.%d.%s@Atlassian.JIRA>" % (now_ms, k.rng.randrange(100, 2000), digits(k.rng, 13)),
              bstyle="javamail",
              order=["from", "reply-to", "to", "message-id", "subject", "mime-version", "content",
                     "x-jira-fingerprint", "auto-submitted", "date"])
    rt.set("X-JIRA-FingerPrint", tok(k.rng, 32))
    rt.set("Auto-Submitted", "auto-generated")
    portal = "https://servicedesk.example.com/servicedesk/customer/portal/2/HD-20417"
    text = """Dzień dobry Pani Katarzyno,

zgłoszenie HD-20417 zostało zaktualizowane.

Temat: Wymiana dysku SSD w laptopie EG-KRK-0147
Planowana sesja: czwartek 03.12.2026, 10:00–10:30
Technik: Michał Nowak (IT Kraków)

Przed sesją technik zadzwoni do Pani z numeru wewnętrznego 2140. Połączenie zdalne uruchamiamy wyłącznie przez firmowe narzędzie Intune Remote Help, które jest już zainstalowane na Pani komputerze. Nigdy nie prosimy o instalowanie innych programów ani o podawanie haseł czy kodów z aplikacji Authenticator.

Jeśli termin Pani nie odpowiada, proszę odpowiedzieć na tę wiadomość lub zmienić go w portalu:
%s

Pozdrawiamy
IT Service Desk
Example Group
""" % portal
    html = simple_html(text).replace(esc(portal), '<a href="%s">%s</a>' % (esc(portal), esc(portal)))
    body = alt(rt, text, html, "UTF-8", "quoted-printable", quote_cs=False)
    return finish(k, rt, frm=addr("IT Service Desk", "servicedesk@example.com"),
                  reply_to=addr("IT Service Desk", "servicedesk@example.com"),
                  to=addr("Katarzyna Wójcik", mgr["addr"], "UTF-8", "B"),
                  subject="[HD-20417] Sesja zdalnej pomocy: wymiana dysku w laptopie EG-KRK-0147",
                  subj_cs=("UTF-8", "B", None), body=body,
                  what="Internal service-desk ticket update: scheduled remote session for the laptop repair",
                  why="Generated by the company's Jira Service Management and delivered through Exchange and "
                      "mail-int01; refers to her own ticket, named local technician, company-managed remote tool, "
                      "portal on the company domain.",
                  pair=(["teams-helpdesk-vishing-quickassist"], "Remote support session announced; genuine one "
                                                                "follows a user ticket and uses the managed tool."))
