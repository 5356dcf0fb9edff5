"""Genuine business messages 17-21 (Italian) and 22-26 (Polish)."""
from common import *

F = "business"


# ------------------------------------------------------------- Italian

def b17():
    t = T("2026-12-01 09:18:04")
    inv = pdf([[(14, True, "FERRETTI TRASPORTI S.p.A."), "Via dell'Industria 41 - 40138 Bologna - P.IVA " + BANK["ferretti_piva"], "",
                "Spett.le Example Group Italia S.r.l.", "Via Vittor Pisani 16 - 20124 Milano - P.IVA " + BANK["example_it_piva"], "",
                (12, True, "FATTURA N. 1356/26 del 30/11/2026"), "Documento trasmesso tramite SdI - copia di cortesia", "",
                "Trasporto cabine per interpretariato e impianto IR Milano > Bologna Fiere e ritorno (12-15/11/2026)   2.980,00",
                "Sponda idraulica e facchinaggio al piano                                                               240,00",
                "Imponibile 3.220,00   IVA 22% 708,40   Totale documento EUR 3.928,40", "",
                "Pagamento: bonifico 60 gg d.f.f.m. - Intesa Sanpaolo - IBAN " + G(BANK["ferretti"])]],
              title="Fattura 1356/26", author="Ferretti Trasporti", creator="TeamSystem Enterprise", producer="TeamSystem PDF", date=pdfdate(t))
    text = """Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 1356/26 del 30/11/2026, già trasmessa al Sistema di Interscambio.

Importo: € 3.928,40
Scadenza: 31/01/2027 (60 gg d.f.f.m.)
Pagamento: bonifico su Intesa Sanpaolo, IBAN %s (coordinate invariate)

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 – 40138 Bologna
Tel. +39 051 601 2200
""" % G(BANK["ferretti"])
    return mk(F, 17, "it", "carrier-invoice-courtesy-copy",
              infra=P(I.hosted, provider="aruba", origin_ip="79.11.204.88", mailer="TeamSystem Enterprise Mailer"),
              frm=CORR["ferr_amm"], to=[S("it_acc")], subject="Fattura n. 1356/26 del 30/11/2026 – Ferretti Trasporti S.p.A.", t=t,
              hcs="iso-8859-1", hmode="Q",
              body=lambda k: Multi("mixed", [Text(text.replace("€", "EUR"), "plain", "iso-8859-1", "base64"),
                                             PDF("Fattura_1356_26.pdf", inv, fn_style="plain")], k.bd()),
              what="Road carrier's courtesy copy of an invoice for transporting interpreting booths to Bologna (already sent through SdI).",
              why="Real carrier domain on its usual Aruba hosting, SdI-transmitted invoice, long payment term, bank details explicitly unchanged.",
              pair="attack 17")


def b18():
    t = T("2026-10-08 16:05:33")
    text = """Gentile Sig.ra Ferri,

Le confermo il trasporto per la fiera a Milano Rho:

Ritiro: martedì 13/10/2026 ore 8:00, magazzino Partner Logistik, Katowice (carico già concordato con il Sig. Zielinski)
Consegna: mercoledì 14/10/2026 entro le ore 7:30, Fiera Milano Rho, Porta Est, padiglione 4
Merce: 4 cabine per interpretariato ISO 4043, 2 casse impianto IR, 1 bancale cavi e cuffie
Mezzo: furgone centinato 35 q.li con sponda idraulica, targa GE 418 TX
Autista: Massimo Rinaldi, cell. +39 347 882 1940

Vi chiediamo di predisporre due persone per lo scarico e di comunicarci eventuali variazioni entro lunedì alle 12:00.

Il ritorno è previsto venerdì 16/10 dalle ore 18:00, come da offerta n. 2026/412.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 41 – 40138 Bologna
Tel. +39 051 601 2240
"""
    return mk(F, 18, "it", "carrier-transport-confirmation",
              infra=P(I.hosted, provider="aruba", origin_ip="79.11.204.88", mailer="Microsoft Outlook 16.0"),
              frm=CORR["ferr_colombo"], to=[S("it_mgr")], cc=[S("it_pm")],
              subject="Conferma trasporto cabine – Fiera Milano Rho 14/10/2026", t=t, hcs="windows-1252", hmode="Q",
              body=lambda k: alt(k, text, html_outlook(text, "windows-1252", "IT"), "windows-1252", quote_cs=True),
              what="Carrier's transport confirmation for interpreting booths to a trade fair: pick-up, delivery slot, vehicle and driver.",
              why="Real contact on the carrier's Aruba mail, operational details consistent with the business, no payment or credential request.",
              pair="attack 17")


def b19():
    t = T("2026-11-05 18:22:40")
    inv = pdf([["Francesca Bellini - Traduttrice tecnica EN/DE > IT", "Via Solferino 12, 25121 Brescia - P.IVA " + BANK["bellini_piva"], "",
                "Spett.le Example Group Italia S.r.l. - Via Vittor Pisani 16 - 20124 Milano", "",
                (12, True, "Fattura n. 31/2026 del 05/11/2026"), "",
                "Traduzione EN>IT manuale d'uso pressa ML-4500 (9.870 parole) - progetto PRJ-20794     2.416,60",
                "Marca da bollo                                                                         2,00",
                (11, True, "Totale EUR 2.418,60"), "",
                "Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014 (regime forfettario).",
                "Compenso non soggetto a ritenuta d'acconto.", "",
                "Pagamento: bonifico a 30 gg - IBAN " + G(BANK["bellini"])]],
              title="Fattura 31-2026", author="Francesca Bellini", creator="LibreOffice Writer", producer="LibreOffice 24.8", date=pdfdate(t))
    text = """Buongiorno Davide,

in allegato la fattura n. 31/2026 per la traduzione del manuale d'uso ML-4500 (EN>IT, 9.870 parole, progetto PRJ-20794).

Totale: € 2.418,60 (regime forfettario, senza IVA né ritenuta; include marca da bollo)
Pagamento a 30 giorni sul solito conto: %s

Grazie e buona serata,
Francesca

--
Francesca Bellini
Traduttrice tecnica EN/DE > IT
Brescia – tel. +39 338 551 2047
""" % G(BANK["bellini"])
    return mk(F, 19, "it", "freelancer-invoice-libero",
              infra=P(I.libero, origin="93.44.187.52", webtop=False), frm=CORR["bellini"], to=[S("it_acc")],
              subject="Fattura n. 31/2026 – traduzione manuale d'uso ML-4500 (EN>IT)", t=t,
              msgid="<3f0b6d1e-7a2c-4b88-9e11-5a6c2d8f0e74@libero.it>", ua="Mozilla Thunderbird",
              body=lambda k: Multi("mixed", [Text(text, "plain", "UTF-8", "8bit", params="; format=flowed"),
                                             PDF("Fattura_31_2026_Bellini.pdf", inv, fn_style="plain")], k.bd()),
              what="Freelance translator sends her invoice 31/2026 for a manual translation, payable to her usual Italian account.",
              why="Her real libero.it mailbox sent from Thunderbird on an Italian residential IP, usual IBAN ('solito conto'), regime-forfettario wording; this is the thread that attack 20 later hijacks.",
              pair="attack 20")


def b20():
    t = T("2026-11-10 10:00:27")
    text = """Gentile Cliente,

Le ricordiamo che il servizio Aruba PEC associato alla casella examplegroupitalia@pec.it scadrà il 28/11/2026.

Se ha attivato il rinnovo automatico non deve fare nulla: l'importo sarà addebitato sul metodo di pagamento registrato.

In caso contrario può rinnovare il servizio accedendo all'Area Clienti con il Suo codice cliente (1749236@aruba.it):
https://managehosting.aruba.it/

Per la Sua sicurezza Le ricordiamo che Aruba non Le chiederà mai di comunicare password, codici OTP o dati della carta di credito via e-mail.

Cordiali saluti,
Aruba S.p.A.
www.aruba.it
"""
    html = html_simple(text, "utf-8", "font-family:Arial,sans-serif;font-size:14px;color:#333")
    return mk(F, 20, "it", "pec-renewal-reminder-aruba",
              infra=P(I.service, host="smtpdh10.aruba.it", ip="62.149.155.210", inner="mailer-notify03.aruba.it",
                      msgid_dom="staff.aruba.it", rp="bounce-comunicazioni@staff.aruba.it", zone="CET"),
              frm=("Aruba.it", "comunicazioni@staff.aruba.it"), to=[S("it_mgr")],
              subject="Scadenza servizio Aruba PEC – examplegroupitalia@pec.it – 28/11/2026", t=t, bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              what="Aruba's genuine reminder that the company's certified-mail (PEC) box expires on 28 Nov, pointing to the customer area.",
              why="Sent from aruba.it infrastructure, link only to managehosting.aruba.it, customer code included, explicit warning never to send passwords/OTP by e-mail.",
              pair="attack 21")


def b21():
    t = T("2026-11-30 11:47:15")
    text = """Gentile Dott.ssa Greco,

abbiamo ricevuto dal nostro cliente tedesco (Hofmann Umformtechnik GmbH) le prime osservazioni sulla traduzione tedesca del manuale d'uso della pressa ML-4500 consegnata il 20 novembre.

Il cliente segnala in particolare:
- "Pressbalken" usato al posto di "Stößel" in tutto il capitolo 4 (il termine corretto è nel nostro glossario, rev. 3);
- le avvertenze di sicurezza del capitolo 2 non seguono la formulazione della norma EN ISO 16092-1;
- alcune tabelle dei valori di coppia sono rimaste in inglese.

La macchina viene spedita il 10 dicembre e il manuale deve essere allegato alla dichiarazione CE. Vi chiediamo quindi una versione corretta entro venerdì 4 dicembre e un'analisi delle cause. Fino alla consegna della versione corretta sospendiamo il pagamento della relativa fattura.

Restiamo a disposizione per una call domani mattina.

Cordiali saluti

Ing. Paolo Gatti
Responsabile Documentazione Tecnica
Meccanica Lombarda S.r.l.
Via Brescia 118 – 25018 Montichiari (BS)
Tel. +39 030 964 2217
"""
    return mk(F, 21, "it", "customer-complaint-terminology",
              infra=P(I.m365, org="meccanicalombarda.it", pod="MI0P293MB", region="ITAP293", lang="it-IT"),
              frm=CORR["meccanica"], to=[S("it_pm")], cc=[S("it_mgr")],
              subject="Reclamo – traduzione DE manuale ML-4500: terminologia e avvertenze di sicurezza", t=t,
              body=lambda k: alt(k, text, html_outlook(text, "utf-8", "IT"), "utf-8", quote_cs=True),
              what="Industrial customer complains about terminology and safety-warning wording in a German manual translation and withholds payment until corrected.",
              why="Known customer on its Microsoft 365 tenant, detailed technical feedback, business consequence (payment held) without any link, attachment or account change.")


# --------------------------------------------------------------- Polish

def b22():
    t = T("2026-11-30 13:10:48")
    inv = pdf([[(13, True, "Partner Logistik sp. z o.o."), "ul. Przemysłowa 14, 40-020 Katowice · NIP " + BANK["partner_nip"], "",
                "Nabywca: Example Group Polska sp. z o.o., ul. Lubicz 23, 31-503 Kraków, NIP " + BANK["example_pl_nip"], "",
                (12, True, "Faktura VAT nr FV/1187/11/2026"), "Data wystawienia: 30.11.2026   Numer KSeF: 6793184528-20261130-8A41C2D7F9E3-5B", "",
                "Magazynowanie kabin tłumaczeniowych i systemu IR, 11/2026               1 850,00",
                "Transport Katowice – Kraków – Katowice, zlecenie ZT/11/2026/038            1 550,72",
                "Netto 3 400,72   VAT 23% 782,17   Brutto 4 182,89 PLN", "",
                "Termin płatności: 14.12.2026   Przelew: PKO BP " + ids.nrb(BANK["partner"])]],
              title="FV/1187/11/2026", author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima", date=pdfdate(t))
    text = """Szanowni Państwo,

w załączeniu przesyłamy fakturę VAT nr FV/1187/11/2026 za magazynowanie sprzętu tłumaczeniowego oraz transport w ramach zlecenia ZT/11/2026/038.

Faktura została wystawiona w KSeF, numer KSeF: 6793184528-20261130-8A41C2D7F9E3-5B.
Kwota brutto: 4 182,89 zł
Termin płatności: 14.12.2026
Rachunek: PKO BP %s

Wiadomość wygenerowana z systemu Comarch ERP Optima.

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Przemysłowa 14, 40-020 Katowice
""" % ids.nrb(BANK["partner"])
    return mk(F, 22, "pl", "logistics-partner-invoice-ksef",
              infra=P(I.hosted, provider="homepl", origin_ip="89.64.17.201", mailer="Comarch ERP Optima"),
              frm=CORR["pl_ksieg"], to=[S("pl_acc")], subject="Faktura VAT nr FV/1187/11/2026 – Partner Logistik sp. z o.o.", t=t,
              hcs="iso-8859-2", hmode="Q",
              body=lambda k: Multi("mixed", [Text(text, "plain", "iso-8859-2", "base64"),
                                             PDF("FV_1187_11_2026.pdf", inv, fn_style="plain")], k.bd()),
              what="Logistics partner's invoice for warehousing and transport of interpreting equipment, with KSeF number, as a plain PDF.",
              why="Sent from ksiegowosc@ on the partner's usual home.pl hosting from a Polish IP, invoice also registered in KSeF, usual PKO BP account, no archive or link.",
              pair="attack 22")


def b23():
    t = T("2026-11-18 08:54:21")
    text = """Panie Łukaszu,

uprzejmie przypominam, że faktura FV/1043/10/2026 z terminem płatności 30.10.2026 na kwotę 6 847,50 zł nadal pozostaje nieopłacona.

Zgodnie z § 7 umowy ramowej, jeżeli płatność nie wpłynie do 24.11.2026, będziemy zmuszeni wstrzymać wydawanie sprzętu z magazynu oraz realizację kolejnych zleceń transportowych – w tym zlecenia ZT/11/2026/038 na targi w Katowicach. Zależy nam oczywiście na dalszej współpracy, dlatego proszę o pilne sprawdzenie, co się stało z tą płatnością.

Numer rachunku bez zmian: PKO BP %s

W razie pytań jestem do dyspozycji pod numerem 32 258 41 70 wew. 12.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. obsługi klienta
Partner Logistik sp. z o.o.
""" % ids.nrb(BANK["partner"])
    return mk(F, 23, "pl", "partner-payment-reminder-supply-stop",
              infra=P(I.hosted, provider="homepl", origin_ip="89.64.17.201", mailer="Microsoft Outlook 16.0"),
              frm=CORR["pl_ziel"], to=[S("pl_acc")], cc=[S("pl_mgr")],
              subject="Przypomnienie o płatności – FV/1043/10/2026 – wstrzymanie realizacji zleceń", t=t, hcs="windows-1250", hmode="Q",
              extra=[("Importance", "high")],
              body=lambda k: alt(k, text, html_outlook(text, "windows-1250", "PL"), "windows-1250", quote_cs=True),
              what="Logistics partner's firm reminder: unpaid invoice, threat to stop releasing equipment and further transport orders after 24 Nov.",
              why="Genuine contact on the partner's home.pl hosting from its usual Polish IP, refers to the framework contract, same bank account, phone number offered.",
              pair="attack 22")


def b24():
    t = T("2026-11-06 09:02:17")
    text = """Drodzy,

w ostatnich dniach kilka osób z naszego biura otrzymało wiadomości podszywające się pod dział IT (m.in. „zgłoszenie INC-448172” z adresu w domenie onmicrosoft.com) z zapowiedzią połączenia przez Teams. Dział IT w Kolonii prosi o przypomnienie kilku zasad:

1. Helpdesk kontaktuje się wyłącznie przez portal helpdesk.example.com lub telefonicznie z numeru wewnętrznego 2400.
2. IT nigdy nie dzwoni przez Teams z kont zewnętrznych (oznaczonych jako „Zewnętrzny”/„External”) i nigdy nie prosi o uruchomienie Szybkiej pomocy (Quick Assist), AnyDesk ani TeamViewer.
3. Podejrzane wiadomości prosimy przesyłać jako załącznik na adres security@example.com.

Dodatkowo informuję, że w sobotę 14.11 w godz. 8:00–12:00 odbędą się prace serwisowe na serwerze pocztowym – poczta może przychodzić z opóźnieniem.

Pozdrawiam
Agnieszka Wróbel
Office Manager
Example Group Polska sp. z o.o.
ul. Lubicz 23, 31-503 Kraków
"""
    return mk(F, 24, "pl", "internal-it-notice-fake-helpdesk",
              infra=P(I.exchange_int, ws_ip="10.20.41.17", lang="pl-PL"), frm=S("pl_mgr"),
              to=[("Biuro Kraków", "krakow@example.com")], rcpt=S("pl_acc")[1],
              subject="Ważne: kontakt z działem IT – nie uruchamiamy Szybkiej pomocy", t=t, hcs="iso-8859-2", hmode="Q",
              body=lambda k: alt(k, text, html_outlook(text, "iso-8859-2", "PL"), "iso-8859-2", quote_cs=True),
              internal=True,
              what="Office manager's internal circular: how IT really contacts staff, warning about the fake helpdesk/Teams mails, maintenance window.",
              why="Internal Exchange mail via mail-int01 from the real office manager to the office list; mentions Teams, Quick Assist and helpdesk but only as a warning, points to internal contacts.",
              pair="attack 25")


def b25():
    t = T("2026-11-09 19:37:02")
    bill = pdf([["Marta Nowicka - tłumaczka PL/EN > DE", "ul. Dietla 61/4, 31-070 Kraków", "",
                 (12, True, "Rachunek nr 14/2026"), "Data: 09.11.2026", "",
                 "Zamawiający: Example Group Polska sp. z o.o., ul. Lubicz 23, 31-503 Kraków", "",
                 "Tłumaczenie ulotek dla pacjenta PL>DE (3 produkty, 11 250 znaków ze spacjami), projekt PRJ-20812   3 150,00 zł",
                 "Sprzedaż zwolniona z VAT na podstawie art. 113 ust. 1 ustawy o VAT", "",
                 (11, True, "Do zapłaty: 3 150,00 zł"), "Płatne przelewem w terminie 21 dni na rachunek mBank " + ids.nrb(BANK["nowicka"])]],
               title="Rachunek 14/2026", author="Marta Nowicka", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t))
    text = """Dzień dobry Panie Łukaszu,

w załączeniu przesyłam rachunek nr 14/2026 za tłumaczenie ulotek PL>DE (projekt PRJ-20812, zlecenie od p. Agnieszki Wróbel).

Kwota: 3 150,00 zł (zwolnienie z VAT, art. 113)
Rachunek bankowy bez zmian: mBank %s

Pozdrawiam serdecznie
Marta Nowicka
""" % ids.nrb(BANK["nowicka"])
    return mk(F, 25, "pl", "freelancer-bill-wp",
              infra=P(I.wp, origin_rdns="83-28-117-56.dynamic.chello.pl", origin_ip="83.28.117.56"),
              frm=CORR["nowicka"], to=[S("pl_acc")], subject="Rachunek 14/2026 – tłumaczenie ulotek PL>DE (PRJ-20812)", t=t,
              hcs="windows-1250", hmode="Q",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1250", "PL"), "windows-1250", quote_cs=True),
                                             PDF("Rachunek_14_2026_Nowicka.pdf", bill, fn_style="plain")], k.bd()),
              what="Freelance translator's bill for a patient-leaflet translation, sent from her wp.pl mailbox.",
              why="Known freelancer's consumer mailbox via WP's SMTP from a Polish residential IP, project reference, bank account explicitly unchanged.")


def b26():
    t = T("2026-10-13 10:26:39")
    text = """Szanowna Pani Agnieszko,

w nawiązaniu do przesłanej oferty nr OF/KRK/2026/118 zamawiamy tłumaczenie przysięgłe dokumentacji rejestracyjnej z języka polskiego na angielski:

- Charakterystyka Produktu Leczniczego (2 produkty),
- pozwolenia na dopuszczenie do obrotu wraz z aneksami,
- certyfikat GMP wytwórcy.

Łącznie ok. 64 strony rozliczeniowe. Numer zamówienia (PO): 4500018821 – prosimy o powoływanie się na ten numer na fakturze, którą należy wystawić w KSeF.

Termin realizacji zgodnie z ofertą: 6 listopada 2026 r. Dokumenty źródłowe udostępnię jutro przez nasz portal wymiany plików; dane dostępowe otrzyma Pani osobną wiadomością od działu IT.

Z wyrazami szacunku
Katarzyna Lis
Specjalista ds. Rejestracji
Farmacja Wisła S.A.
ul. Grzegórzecka 67, 31-559 Kraków
tel. +48 12 421 88 30
"""
    return mk(F, 26, "pl", "pharma-customer-purchase-order",
              infra=P(I.m365, org="farmacjawisla.pl", pod="WA0P291MB", region="EURP291", lang="pl-PL"),
              frm=CORR["wisla"], to=[S("pl_mgr")],
              subject="Zamówienie PO 4500018821 – tłumaczenie przysięgłe dokumentacji rejestracyjnej (PL>EN)", t=t,
              body=lambda k: alt(k, text, html_outlook(text, "utf-8", "PL"), "utf-8", quote_cs=True),
              what="Pharma customer's purchase order for sworn translations of registration documents, referring to a quotation.",
              why="Known customer's Microsoft 365 tenant, references quotation and PO number, KSeF invoicing requirement, no link in this mail.",
              pair="attack 23 (KSeF theme)")


BUSINESS = [b17, b18, b19, b20, b21, b22, b23, b24, b25, b26]
