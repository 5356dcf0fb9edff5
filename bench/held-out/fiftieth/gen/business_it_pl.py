"""Genuine business messages 17-26 (Italian 17-21, Polish 22-26)."""
from common import B, alt, mixed, plain, pdf_att, png_att, quote_outlook, exch_id, m365_id, S, SIG
from msg import Msg
from people import r_ferretti, r_partner
from routes import Libero, Aruba, SmallPostfix, WP, Internal
from codes import fmt_iban, hexid
import files
import refs


def messages():
    out = []

    # ------------------------------------------------------------------ 17
    fat = f"""# Ferretti Trasporti S.p.A.
Via Mantova 118 - 25086 Rezzato (BS) - P.IVA {refs.FERR_PIVA} - Cap. soc. EUR 1.200.000 i.v.

Spett.le Example Group Italia S.r.l.
Via Industriale 41, 25030 Castegnato (BS) - P.IVA {refs.EG_IT_PIVA}

## FATTURA n. 2026/2011 del 30/10/2026 (copia di cortesia)

Trasporti ottobre 2026 - tratte Castegnato / Lecco / Lumezzane / Bergamo
14 viaggi con motrice + rimorchio culla coils, come da riepilogo allegato   Imponibile  9.870,00 EUR
Sosta extra carico 21/10 (2 h)                                               Imponibile    120,00 EUR
Totale imponibile 9.990,00 EUR    IVA 22% 2.197,80 EUR    Totale documento 12.187,80 EUR

Pagamento: bonifico bancario 60 gg d.f.f.m. - scadenza 31/12/2026
Intesa Sanpaolo S.p.A. - IBAN {fmt_iban(refs.FERR_IBAN)}

~ Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata del sito web dell'Agenzia delle Entrate.
"""
    t = f"""Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/2011 del 30/10/2026.

La fattura elettronica è stata regolarmente trasmessa tramite Sistema di Interscambio al Vostro codice destinatario.

Pagamento: bonifico a 60 gg d.f.f.m. sul conto Intesa Sanpaolo IBAN {fmt_iban(refs.FERR_IBAN)}.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Mantova 118 – 25086 Rezzato (BS)
Tel. 030 259 4410 – amministrazione@ferretti-trasporti.it
"""
    out.append(Msg(B, 17, 'it', 'ferretti-fattura-copia-cortesia',
                   frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
                   to=[S('it_acc')], subject='Invio fattura n. 2026/2011 del 30/10/2026 – Ferretti Trasporti S.p.A.',
                   date=(2026, 10, 30, 11, 20, 14), route=r_ferretti(),
                   body=mixed(alt(t, 'iso-8859-15', 'quoted-printable', lang='it'),
                              pdf_att('Fattura_2026-2011.pdf', fat, producer='TeamSystem Enterprise',
                                      when=(2026, 10, 30, 11, 15, 0), fn_style='plain')),
                   hcs='iso-8859-15',
                   what='Carrier\'s courtesy copy of its October freight invoice (EUR 12,187.80), e-invoice sent via SdI.',
                   why='Real Ferretti domain and Aruba mailbox of the accounts department, usual Intesa Sanpaolo IBAN, matches transports actually done.',
                   hn=([17], 'Ferretti payment details. Genuine: amministrazione@ferretti-trasporti.it with the known IBAN. Attack: ferreti-trasporti.it look-alike with a new IBAN.')))

    # ------------------------------------------------------------------ 18
    orig = """Buongiorno Chiara,

vi chiedo un ritiro martedì 10/11 dal nostro magazzino di Castegnato per Officine Brambilla a Lecco: 4 coils laminati a freddo DC01, peso totale circa 21,5 t, larghezza 1250 mm.

Grazie
""" + SIG['it_sales']
    t = """Ciao Davide,

confermo il ritiro per martedì 10/11 alle ore 8:00 presso il vostro magazzino di Castegnato: motrice + semirimorchio con culla per coils, autista Giuseppe Bertoli, targa FG 482 KX / rimorchio AE 19772.

Consegna prevista a Lecco in giornata, entro le 13:00. Vi chiedo solo di avere pronti i DDT e di confermarmi che il carico ai bordi della culla sia ammesso anche per il coil da 6 t.

Tariffa come da listino 2026.

Un saluto
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Tel. 030 259 4421 – Cell. 335 718 2290
""" + quote_outlook('it', S('it_sales'), (2026, 11, 6, 10, 12), [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')],
                    'Ritiro coils Castegnato → Lecco martedì 10/11', orig)
    oid = exch_id('ritiro-1011')
    out.append(Msg(B, 18, 'it', 'ferretti-conferma-ritiro-coils',
                   frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S('it_sales')], cc=[S('it_mgr')],
                   subject='R: Ritiro coils Castegnato → Lecco martedì 10/11', date=(2026, 11, 6, 15, 40, 2),
                   route=r_ferretti(), body=alt(t, 'utf-8', 'quoted-printable', lang='it'),
                   in_reply_to=oid, references=[oid], hcs='utf-8',
                   what='Carrier dispatcher confirms a coil pick-up (truck, driver, plates) in reply to our transport request.',
                   why='Real dispatcher on the carrier\'s domain, answers our own request with operational details, no payment or link.'))

    # ------------------------------------------------------------------ 19
    t = """Ciao Marco,

ieri sera mi è caduto il portatile aziendale e lo schermo si è rotto (foto in allegato). Oggi lavoro dal telefono: le mail le leggo dall'app, ma il gestionale non riesco ad aprirlo.

Ho già aperto un ticket all'helpdesk dal portale (INC0049102) e lo porto a Düsseldorf con il corriere interno se serve.

Per le urgenze dei clienti chiamami sul cellulare, 347 218 9045.

Ciao
Davide
"""
    out.append(Msg(B, 19, 'it', 'collega-portatile-rotto-libero',
                   frm=('Davide Galli', 'davide.galli77@libero.it'), to=[S('it_mgr')], cc=[S('it_sales')],
                   subject='Portatile rotto – lavoro da telefono oggi', date=(2026, 11, 16, 8, 5, 37),
                   route=Libero(client_ip='151.38.112.94'),
                   body=mixed(plain(t, 'iso-8859-15', '8bit'),
                              png_att('IMG_20261115_2214.png', files.png_photo('screen', 'b19', 400, 260))),
                   hcs='iso-8859-15',
                   what='Italian salesman reports from his private libero.it address that his laptop screen broke; photo attached.',
                   why='His known private address, from an Italian residential line, CC to his work mailbox, ticket already opened through the normal channel, asks for nothing.',
                   hn=([30, 21], 'Staff writing from private mail about a broken laptop. Genuine: known private address, no request. Attacks: unknown free-mail addresses asking for payroll changes or secrecy.')))

    # ------------------------------------------------------------------ 20
    t = """Buongiorno Davide,

devo segnalare un problema serio sulla consegna di ieri (DDT 26/IT/3318): le lamiere S275JR da 6 mm presentano ossidazione superficiale diffusa su entrambe le facce, in alcuni punti con vaiolatura. Evidentemente sono state stoccate all'aperto o trasportate senza telone.

Così non le possiamo usare per la commessa del cliente, che richiede la verniciatura diretta senza sabbiatura. Vi allego le foto.

Vi chiediamo la sostituzione entro venerdì 4/12. In caso contrario saremo costretti a rivolgerci a un altro fornitore e ad addebitarvi i costi del fermo macchina.

Resto in attesa di un vostro riscontro in giornata.

Roberto Brambilla
Officine Meccaniche Brambilla S.r.l.
Via dell'Industria 22 – 23900 Lecco
Tel. 0341 496 118
"""
    out.append(Msg(B, 20, 'it', 'cliente-reclamo-lamiere-ossidate',
                   frm=('Roberto Brambilla', 'r.brambilla@brambilla-om.it'), to=[S('it_sales')], cc=[S('it_mgr')],
                   subject='Reclamo – lamiere S275JR ossidate, DDT 26/IT/3318', date=(2026, 12, 2, 10, 30, 19),
                   route=Aruba(client_ip='2.228.117.40'),
                   body=mixed(alt(t, 'windows-1252', 'quoted-printable', lang='it'),
                              png_att('reclamo_lamiere_1.png', files.png_photo('sheet', 'b20-1')),
                              png_att('reclamo_lamiere_2.png', files.png_photo('coil', 'b20-2'))),
                   hcs='windows-1252',
                   what='Customer complaint about rusty sheets with photos, demands replacement by Friday and threatens to charge downtime.',
                   why='Known customer\'s own domain, concrete delivery note, photos as PNG; threat is commercial, nothing to click or pay elsewhere.'))

    # ------------------------------------------------------------------ 21
    dau = f"""# Studio Doganale Marchetti - Genova
Spedizionieri doganali - P.IVA {refs.MARCH_PIVA}

Cliente: Example Group Italia S.r.l., Castegnato (BS) - P.IVA {refs.EG_IT_PIVA}

## Prospetto diritti doganali - MRN 26IT8R2K4L0N7P3Q5S

Merce: coils laminati a caldo, acciaio non legato, TARIC 7208 38 00 90, origine TR
Peso netto: 124.860 kg    Valore statistico: EUR 78.540,00
Dazio (fuori contingente, misura di salvaguardia): EUR 9.716,40
IVA all'importazione 22%: EUR 19.416,41
Totale anticipato a mezzo conto di debito dello spedizioniere: EUR 29.132,81

Rimborso con nostra fattura n. 2026/842, bonifico vista fattura.
"""
    t = """Buongiorno Marco,

vi trasmettiamo in allegato il prospetto dei diritti relativi all'importazione dei coils dalla Turchia (MRN 26IT8R2K4L0N7P3Q5S, nave arrivata a Genova il 6/11).

Purtroppo il contingente tariffario per il trimestre era già esaurito alla data di accettazione, quindi è stato applicato il dazio fuori contingente previsto dalla misura di salvaguardia. Abbiamo anticipato dazio e IVA tramite il nostro conto di debito: riceverete la nostra fattura di rimborso n. 2026/842 nei prossimi giorni, da pagare come sempre sul nostro conto.

Se volete verificare l'applicazione della misura, possiamo sentirci anche domani mattina.

Cordiali saluti
Paola Marchetti
Studio Doganale Marchetti
Via XX Settembre 14/6 – 16121 Genova
Tel. 010 553 2871
"""
    out.append(Msg(B, 21, 'it', 'spedizioniere-doganale-dazi-salvaguardia',
                   frm=('Paola Marchetti', 'p.marchetti@doganemarchetti.it'), to=[S('it_mgr')], cc=[S('it_acc')],
                   subject='Importazione coils da Turchia – MRN 26IT8R2K4L0N7P3Q5S – prospetto dazi e IVA',
                   date=(2026, 11, 11, 12, 0, 41),
                   route=SmallPostfix(mailhost='smtp.doganemarchetti.it', mailhost_ip='195.110.124.188',
                                      client_ip='79.12.205.41', client_rdns='host41-205-dynamic.12-79-r.retail.telecomitalia.it',
                                      mua='thunderbird', lang='it', helo_client='[192.168.1.34]'),
                   body=mixed(plain(t, 'utf-8', '8bit', flowed=True),
                              pdf_att('Prospetto_diritti_26IT8R2K4L0N7P3Q5S.pdf', dau, producer='LibreOffice 24.8',
                                      when=(2026, 11, 11, 11, 50, 0), fn_style='plain')),
                   hcs='utf-8',
                   what='Customs broker sends the duty statement for a Turkish coil import, out-of-quota safeguard duty advanced on its account.',
                   why='The company\'s own customs broker, real MRN, explains the safeguard duty, reimbursement via its normal invoice, offers a call; no link or payment portal.',
                   hn=([19], 'Safeguard duty on steel coils. Genuine: own customs broker, statement PDF, normal invoice. Attack: "ADM" look-alike demanding payment via a link within 5 days.')))

    # ------------------------------------------------------------------ 22
    ksef = f'{refs.PARTNER_NIP}-20261026-{hexid("ksef22", 12, True)}-{hexid("ksef22b", 2, True)}'
    fv = f"""# Partner Logistik sp. z o.o.
ul. Portowa 17, 44-100 Gliwice - NIP {refs.PARTNER_NIP}

Nabywca: Example Group Polska sp. z o.o., ul. Porcelanowa 23, 40-246 Katowice - NIP {refs.EG_PL_NIP}

## FAKTURA VAT nr FV/2026/10/0412 z dnia 26.10.2026
Numer KSeF: {ksef}

1. Magazynowanie wyrobów hutniczych, październik 2026, 412 miejsc paletowych   18 540,00 PLN netto
2. Przeładunek suwnicą, 86 operacji                                               6 880,00 PLN netto
3. Transport krajowy Gliwice - Katowice, 9 kursów                                  4 950,00 PLN netto
Razem netto: 30 370,00 PLN    VAT 23%: 6 985,10 PLN    Brutto: 37 355,10 PLN

Termin płatności: 16.11.2026 - przelew, mechanizm podzielonej płatności
Rachunek (wykaz podatników VAT): mBank S.A. {fmt_iban(refs.PARTNER_IBAN)}
"""
    t = f"""Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/10/0412 z dnia 26.10.2026 r. Faktura została wystawiona w Krajowym Systemie e-Faktur (numer KSeF: {ksef}).

Termin płatności: 16.11.2026 r., mechanizm podzielonej płatności.
Rachunek bankowy (zgłoszony w wykazie podatników VAT): mBank S.A. {fmt_iban(refs.PARTNER_IBAN)}

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Portowa 17, 44-100 Gliwice
tel. +48 32 331 72 40
"""
    out.append(Msg(B, 22, 'pl', 'partner-logistik-faktura-ksef',
                   frm=('Partner Logistik – Księgowość', 'ksiegowosc@partner-logistik.pl'), to=[S('pl_acc')],
                   subject='Faktura VAT FV/2026/10/0412 – Partner Logistik sp. z o.o.',
                   date=(2026, 10, 26, 8, 30, 55), route=r_partner(),
                   body=mixed(alt(t, 'iso-8859-2', 'quoted-printable', lang='pl'),
                              pdf_att('FV_2026_10_0412.pdf', fat_pl(fv), producer='Comarch ERP Optima',
                                      when=(2026, 10, 26, 9, 25, 0), fn_style='plain')),
                   hcs='iso-8859-2',
                   what='Logistics partner\'s monthly invoice (PLN 37,355.10) with KSeF number, split payment, white-listed mBank account.',
                   why='Partner Logistik\'s real Microsoft 365 tenant, invoice also in KSeF, account on the VAT white list, split payment as required.',
                   hn=([22], 'Partner Logistik payment details. Genuine: real domain, white-listed account, split payment. Attack: partner-logistic.pl asks for a non-listed account without split payment.')))

    # ------------------------------------------------------------------ 23
    orig = """Dzień dobry Panie Tadeuszu,

zlecamy transport 22 t blachy gorącowalcowanej (6 paczek) z Państwa magazynu w Gliwicach do naszego magazynu w Katowicach, załadunek 12.11.2026 od godz. 7:00. Proszę o potwierdzenie i dane kierowcy.

Pozdrawiam
""" + SIG['pl_sales']
    t = """Panie Tomaszu,

transport zrealizowany 12.11. zgodnie ze zleceniem. W załączniku skany CMR i dokumentu WZ z podpisem Państwa magazyniera.

Kierowca zgłosił przy rozładunku uszkodzenie opakowania paczki nr 4 (przetarta taśma, blacha bez uszkodzeń) – adnotacja jest na CMR w polu 18.

Fakturę wystawimy zbiorczo na koniec miesiąca.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. transportu
Partner Logistik sp. z o.o.
tel. +48 32 331 72 45, kom. 601 482 339
""" + quote_outlook('pl', S('pl_sales'), (2026, 11, 10, 9, 41), [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                    'Zlecenie transportowe ZT/2026/1187 – Gliwice → Katowice, 22 t blachy', orig)
    cmr = """# CMR / WZ - ZT/2026/1187
Nadawca: Partner Logistik sp. z o.o., Gliwice    Odbiorca: Example Group Polska sp. z o.o., Katowice
Miejsce załadunku: Gliwice, ul. Portowa 17 - 12.11.2026 07:20
Miejsce rozładunku: Katowice, ul. Porcelanowa 23 - 12.11.2026 09:05
Towar: blacha gorącowalcowana S235JR, 6 paczek, 22 040 kg
Przewoźnik: Partner Logistik sp. z o.o. - ciągnik SK 4H221, naczepa SK 7P902
18. Zastrzeżenia przewoźnika: paczka nr 4 - przetarta taśma, blacha bez uszkodzeń
24. Przesyłkę otrzymano: podpis i pieczęć odbiorcy (skan)
"""
    o1 = exch_id('zt1187-tomasz')
    out.append(Msg(B, 23, 'pl', 'partner-logistik-cmr-odpowiedz',
                   frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('pl_sales')],
                   subject='RE: Zlecenie transportowe ZT/2026/1187 – Gliwice → Katowice, 22 t blachy',
                   date=(2026, 11, 13, 13, 18, 30), route=r_partner(),
                   body=mixed(alt(t, 'windows-1250', 'quoted-printable', lang='pl'),
                              pdf_att('CMR_WZ_ZT-2026-1187.pdf', cmr, producer='Canon iR-ADV C5840 PDF',
                                      when=(2026, 11, 13, 14, 10, 0), fn_style='plain')),
                   mid=m365_id('business-23', 'PA4PR09MB6832', 'eurprd09'), in_reply_to=o1, references=[o1],
                   hcs='utf-8',
                   what='Logistics partner confirms the transport and sends CMR/WZ scans as PDF in the order thread.',
                   why='Real contact on Partner Logistik\'s Microsoft 365, business hours, the day after delivery, PDF scan, remark about packaging is plausible.',
                   hn=([25], 'Same thread and topic (CMR documents). Genuine: PDF the day after delivery. Attack: same mailbox three weeks later on Sunday night with an encrypted ZIP (.pdf.lnk).')))

    # ------------------------------------------------------------------ 24
    of = f"""# Profilstal Zabrze sp. z o.o.
ul. Hutnicza 8, 41-800 Zabrze - NIP {refs.PROFILSTAL_NIP}

Dla: Example Group Polska sp. z o.o., Katowice - p. Tomasz Dąbrowski

## OFERTA nr OF/26/1142 z dnia 04.11.2026

1. Rura konstrukcyjna okrągła 168,3 x 5,0 S355J2H, dł. 12 m - 18 t - 4 380 PLN/t
2. Profil zamknięty 100 x 100 x 5 S355J2H, dł. 12 m - 24 t - 4 290 PLN/t
3. Profil zamknięty 120 x 80 x 4 S235JRH, dł. 6 m - 11 t - 4 150 PLN/t
Ceny netto, franco magazyn Katowice. Termin realizacji: 3-4 tygodnie. Atest 3.1 wg EN 10204.
Płatność: 30 dni od daty dostawy. Ważność oferty: 14 dni.
"""
    t = """Dzień dobry Panie Tomaszu,

dziękuję za zapytanie. W załączeniu przesyłam ofertę nr OF/26/1142 na rury konstrukcyjne i profile zamknięte.

Przy zamówieniu całości do 18.11. możemy zaproponować dodatkowy rabat 1,5% oraz dostawę jednym transportem.

Pozdrawiam
Katarzyna Nowicka
Dział Sprzedaży
Profilstal Zabrze sp. z o.o.
tel. +48 32 376 22 18
"""
    out.append(Msg(B, 24, 'pl', 'dostawca-oferta-rury-profile',
                   frm=('Katarzyna Nowicka', 'k.nowicka@profilstal-zabrze.pl'), to=[S('pl_sales')],
                   subject='Oferta nr OF/26/1142 – rury konstrukcyjne i profile zamknięte',
                   date=(2026, 11, 4, 13, 47, 2),
                   route=SmallPostfix(mailhost='cloudserver094217.home.pl', mailhost_ip='79.96.168.217',
                                      client_ip='31.0.122.87', client_rdns='31-0-122-87.dynamic.play.pl',
                                      helo_client='DESKTOP-PZ4KN7', mua='outlook16', lang='pl', long_qid=False),
                   body=mixed(alt(t, 'iso-8859-2', 'quoted-printable', lang='pl'),
                              pdf_att('Oferta_OF-26-1142.pdf', of, when=(2026, 11, 4, 13, 40, 0))),
                   hcs='iso-8859-2',
                   what='Tube supplier answers a request for quotation with a PDF offer.',
                   why='Known supplier domain on its home.pl hosting, answers our enquiry, normal commercial terms, no links.'))

    # ------------------------------------------------------------------ 25
    t = """Dzień dobry Panie Tomku,

proszę o przygotowanie na piątek (odbiór własny, przyjadę koło 10):

- blacha czarna 3 mm 1250x2500 – 8 arkuszy
- blacha czarna 5 mm 1500x3000 – 4 arkusze
- kątownik 50x50x5 – 20 szt. po 6 m
- płaskownik 40x5 – 15 szt.

Płacę jak zwykle przelewem po odbiorze, fakturę proszę na firmę.

Pozdrawiam
Henryk Nowak
Zakład Ślusarski, Sosnowiec
tel. 604 118 372
"""
    out.append(Msg(B, 25, 'pl', 'maly-klient-zamowienie-wp',
                   frm=('Henryk Nowak', 'zs.nowak@wp.pl'), to=[S('pl_sales')],
                   subject='zamówienie blacha i kątowniki', date=(2026, 11, 18, 19, 45, 11),
                   route=WP(client_ip='83.29.140.11'), body=plain(t, 'iso-8859-2', '8bit'), hcs='iso-8859-2',
                   what='Small locksmith customer orders sheets and angles for self-collection from his wp.pl address.',
                   why='Regular small customer on consumer mail (Polish residential line), plain order list, pays after collection; nothing unusual.'))

    # ------------------------------------------------------------------ 26
    t = """Drodzy Współpracownicy,

w dniach 30–31 grudnia 2026 r. przeprowadzimy roczną inwentaryzację magazynu w Katowicach. Kilka informacji organizacyjnych:

- 29.12. ostatnie wydania towaru do godz. 14:00, przyjęcia do godz. 12:00;
- 30.12. liczenie blach i kręgów (zespoły 1–3), 31.12. profile i rury (zespoły 4–5); przydział osób w załączonym w SharePoint harmonogramie;
- arkusze spisowe drukujemy z systemu ERP, korekty wyłącznie długopisem i z parafą;
- pani Małgorzata Łukasik odpowiada za rozliczenie różnic inwentaryzacyjnych, pytania proszę kierować do niej.

W tych dniach biuro handlowe pracuje normalnie, ale dostawy do klientów realizujemy dopiero od 4 stycznia.

Dziękuję za pomoc!
Piotr Wiśniewski
Dyrektor oddziału
Example Group Polska sp. z o.o.
"""
    out.append(Msg(B, 26, 'pl', 'intern-inwentaryzacja-magazynu',
                   frm=S('pl_mgr'), to=[('Katowice – wszyscy', 'katowice@example.com')], rcpt=S('pl_acc')[1],
                   subject='Inwentaryzacja magazynu 30–31.12.2026 – organizacja', date=(2026, 12, 10, 12, 0, 9),
                   route=Internal(client_ip='10.40.1.52', lang='pl-PL'),
                   body=alt(t, 'utf-8', 'base64', lang='pl'), hcs='utf-8', henc='B',
                   what='Internal notice from the Polish office manager about the year-end stock-take.',
                   why='Internal relay (Exchange), distribution list of the Katowice office, organisational content only.'))
    return out


def fat_pl(s):
    return s
