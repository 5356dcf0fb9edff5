"""Genuine business messages 17-31 (Italian 17-21, Polish 22-26, Spanish 27-31)."""
from kit import *

B = 'business'
B22_MSGID = '<000001dd%s$%s$%s$@partner-logistik.pl>' % (hx('b22a', 4), hx('b22b', 8), hx('b22c', 8))
B22_REPLY_MSGID = '<%s@example.com>' % hx('b22-reply', 32)

PLOG_SRV = dict(helo='serwer2411882.home.pl', rdns='serwer2411882.home.pl', ip='46.242.245.147')


def messages():
    out = []

    # ------------------------------------------------------------------ 17 it carrier payment reminder with suspension threat
    p = """Spett.le Example Group Italia S.r.l.
alla c.a. Dott.ssa Francesca Russo

dai nostri controlli contabili risultano ancora da saldare le seguenti fatture, scadute nonostante il sollecito del 03/11/2026:

- Fattura n. 2026/1184 del 30/09/2026 - scad. 30/10/2026 - € 4.118,40
- Fattura n. 2026/1207 del 09/10/2026 - scad. 08/11/2026 - € 3.224,40
Totale scaduto: € 7.342,80

Vi invitiamo a provvedere al pagamento entro e non oltre il 27/11/2026. In mancanza, saremo costretti a sospendere i servizi di trasporto già programmati, compreso il trasporto degli allestimenti per Artigiano in Fiera (carico previsto il 28/11 a Rho), fino alla regolarizzazione della posizione.

Le coordinate bancarie restano invariate:
Intesa Sanpaolo S.p.A. - IBAN %s

Qualora il pagamento fosse già stato disposto, Vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 37135 Verona
Tel. 045 8204 117 - P.IVA %s
""" % (C.grp(org.FERRETTI_IBAN), org.FERRETTI_PIVA)
    pdfl = [('#', 'FERRETTI TRASPORTI S.p.A. - Estratto conto'), 'Cliente: EXAMPLE GROUP ITALIA S.R.L. - P.IVA ' + org.EG_IT_PIVA,
            'Data: 19/11/2026', '', ('b', 'Documento          Data            Scadenza       Importo'),
            'FT 2026/1184      30/09/2026    30/10/2026     4.118,40 EUR',
            'FT 2026/1207      09/10/2026    08/11/2026     3.224,40 EUR', '',
            ('b', 'Totale scaduto                                           7.342,80 EUR'), '',
            'Pagamento: bonifico su Intesa Sanpaolo - IBAN ' + C.grp(org.FERRETTI_IBAN)]
    out.append(M(name='17-it-carrier-payment-reminder-suspension', folder=B, lang='it', t=T(11, 19, 9, 47, 31),
                 mailer=I.aruba(client_ip='151.38.112.54', client_name='PC-AMMINISTR02'),
                 frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
                 to=[st('francesca.russo')], rcpt='francesca.russo@example.com',
                 subject='SOLLECITO DI PAGAMENTO - fatture scadute Example Group Italia S.r.l.',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook', lang='IT'),
                            att_pdf('Estratto_conto_Example_Group_Italia_2026-11-19.pdf', pdfl, title='Estratto conto',
                                    author='Amministrazione', creator='TeamSystem', producer='TeamSystem PDF',
                                    date="D:20261119104200+01'00'")),
                 what='Carrier chases EUR 7,342.80 overdue and threatens to suspend scheduled transports',
                 why='Genuine: Ferretti\'s real domain on Aruba, invoice numbers match, bank details explicitly unchanged (Intesa Sanpaolo), asks for the payment slip; urgency and threat of service suspension but no new account. Hard negative for the carrier bank-change fraud (attack 17).',
                 pairs=['17-it-carrier-bank-change-lookalike']))

    # ------------------------------------------------------------------ 18 it carrier e-invoice courtesy copy
    p = """Buongiorno Francesca,

in allegato la copia di cortesia della fattura n. 2026/1219 del 19/11/2026 relativa al trasporto Milano-Verona-Milano del 12/11 (allestimento evento Caseificio Valtellina).

Ti ricordo che il documento fiscalmente valido è quello trasmesso tramite SdI al vostro codice destinatario; questa copia non ha valore fiscale. Importo: € 1.964,70, pagamento con bonifico 30 gg d.f.f.m.

Un saluto,
Chiara Colombo
Ufficio Traffico e Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 37135 Verona
"""
    pdfl = [('#', 'FERRETTI TRASPORTI S.p.A.'), 'COPIA DI CORTESIA - documento privo di valore fiscale', '',
            'Fattura n. 2026/1219 del 19/11/2026', 'Cliente: EXAMPLE GROUP ITALIA S.R.L., Via Tortona 31, 20144 Milano',
            'P.IVA ' + org.EG_IT_PIVA, '', 'Trasporto Milano - Verona - Milano del 12/11/2026, motrice 7,5 t con sponda',
            'Imponibile 1.610,41 EUR   IVA 22% 354,29 EUR   Totale 1.964,70 EUR', '',
            'Pagamento: bonifico 30 gg d.f.f.m. - IBAN ' + C.grp(org.FERRETTI_IBAN)]
    out.append(M(name='18-it-carrier-einvoice-courtesy-copy', folder=B, lang='it', t=T(11, 19, 14, 2, 18),
                 mailer=I.aruba(client_ip='151.38.112.61', client_name='[192.168.10.23]', xmailer=None, msgid='hex',
                                boundary='roundcube', ua='Roundcube Webmail/1.6.9'),
                 frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[st('francesca.russo')],
                 rcpt='francesca.russo@example.com',
                 subject='Copia di cortesia fattura n. 2026/1219 del 19/11/2026',
                 body=multi('mixed', text(p, 'ISO-8859-15', 'quoted-printable', quote_charset=False),
                            att_pdf('Fattura_2026-1219_copia_cortesia.pdf', pdfl, title='Fattura 2026/1219',
                                    author='Ferretti Trasporti', creator='TeamSystem', producer='TeamSystem PDF',
                                    date="D:20261119150000+01'00'")),
                 what='Carrier sends a courtesy PDF copy of an e-invoice transmitted via SdI',
                 why='Genuine: known contact on the carrier\'s real Aruba mailbox, states that the fiscally valid invoice is the SdI one, plain PDF. Hard negative for the fake SdI notice with SVG (attack 18).',
                 pairs=['18-it-sdi-notice-svg-attachment']))

    # ------------------------------------------------------------------ 19 it client complaint
    p = """Buongiorno Marco,

questa mattina il nostro responsabile qualità ha verificato le affissioni della campagna «Valtellina Autentica» a Sondrio e a Lecco e ha rilevato un errore grave: sui 6x3 il formaggio fotografato è il Valtellina Casera DOP, ma la dicitura riporta «Bitto DOP stagionato 24 mesi». La bozza che avevamo approvato il 14 ottobre riportava il testo corretto.

Oltre al danno d'immagine, il Consorzio di tutela ci ha già chiesto spiegazioni e rischiamo una contestazione formale.

Vi chiediamo quindi:
1. la rimozione o copertura delle affissioni errate entro 48 ore;
2. la ristampa a vostro carico con il testo approvato;
3. una spiegazione scritta su come sia potuto accadere, entro venerdì.

Resto in attesa di un vostro riscontro in giornata. In mancanza, saremo costretti a sospendere il pagamento delle fatture relative alla campagna.

Cordiali saluti,
Roberta Galli
Responsabile Marketing
Caseificio Valtellina S.r.l.
Via Stelvio 112 – 23100 Sondrio
"""
    out.append(M(name='19-it-client-complaint-billboard-error', folder=B, lang='it', t=T(11, 4, 15, 35, 40),
                 mailer=I.m365(helo='EUR02-AM0-obe.outbound.protection.outlook.com',
                               rdns='mail-am0eur02on2097.outbound.protection.outlook.com', ip='40.107.247.97',
                               mbx='PAXPR03MB8211', pod='eurprd03', edge='AM8PR03MB7460', tenant='caseificio', lang='it-IT'),
                 frm=('Roberta Galli', 'r.galli@caseificiovaltellina.it'), to=[st('marco.ricci')],
                 cc=[('Paolo Bertolini', 'p.bertolini@caseificiovaltellina.it')], rcpt='marco.ricci@example.com',
                 subject='Affissioni «Valtellina Autentica»: errore sulla dicitura DOP – richiesta intervento urgente',
                 body=alt(p, 'utf-8', style='outlook', lang='IT'),
                 what='Dairy client complains about a wrong PDO claim on billboards and demands reprint within 48 h',
                 why='Genuine customer complaint from the client\'s own M365 tenant; angry, deadline, threat to withhold payment, but no link, attachment or payment change. Hard negative for the fake RFQ from the look-alike domain (attack 21).',
                 pairs=['21-it-fake-rfq-lookalike-customer-zip']))

    # ------------------------------------------------------------------ 20 it freelancer on libero.it
    p = """Ciao Marco,

come d'accordo ti mando la nota per la prestazione occasionale relativa allo shooting del 24-25 novembre per Caseificio Valtellina (still life prodotti + ambientate in baita).

Compenso lordo: 2.400,00 euro
Ritenuta d'acconto 20%%: 480,00 euro
Netto a pagare: 1.920,00 euro

Il pagamento, come sempre, sul mio conto UniCredit che avete già in anagrafica (IBAN %s). Le 48 foto selezionate in alta risoluzione sono già nella cartella condivisa che mi avevate girato.

Grazie ancora, è stato un bel lavoro!
Luca

Luca Moretti Fotografo
Via Savona 52, 20144 Milano
""" % C.grp(org.MORETTI_IBAN)
    pdfl = [('#', 'NOTA PER PRESTAZIONE OCCASIONALE'), 'Luca Moretti - Via Savona 52, 20144 Milano', '',
            'Spett.le Example Group Italia S.r.l. - P.IVA ' + org.EG_IT_PIVA, 'Nota n. 9/2026 del 04/12/2026', '',
            'Servizio fotografico Caseificio Valtellina, 24-25/11/2026', '', 'Compenso lordo            2.400,00 EUR',
            'Ritenuta d\'acconto 20%      480,00 EUR', 'Netto a pagare            1.920,00 EUR', '',
            'Prestazione occasionale ai sensi dell\'art. 2222 c.c., esclusa da IVA (art. 5 DPR 633/72).',
            'IBAN ' + C.grp(org.MORETTI_IBAN), '', 'Firma: Luca Moretti']
    out.append(M(name='20-it-freelancer-libero-fee-note', folder=B, lang='it', t=T(12, 4, 17, 10, 2),
                 mailer=I.libero(client_ip='93.44.102.19'),
                 frm=('Luca Moretti', 'luca.moretti.foto@libero.it'), to=[st('marco.ricci')],
                 rcpt='marco.ricci@example.com',
                 subject='Nota prestazione occasionale - shooting Caseificio Valtellina',
                 body=multi('mixed', text(p, 'iso-8859-1', '8bit'),
                            att_pdf('Nota_prestazione_Moretti_9-2026.pdf', pdfl, title='Nota prestazione', author='Luca',
                                    creator='Pages', producer='macOS Version 15.6 (Build 24G84) Quartz PDFContext',
                                    date="D:20261204175800+01'00'")),
                 what='Freelance photographer sends his fee note from his Libero address',
                 why='Genuine: known freelancer on consumer mail (libero.it), payment to the account "already on file", PDF only, Italian residential IP. Consumer-mail sender with an IBAN that is not a change of details.',
                 pairs=[]))

    # ------------------------------------------------------------------ 21 it internal notice Milan
    p = """Ciao a tutti,

vi ricordo che lunedì 7 dicembre (Sant'Ambrogio) e martedì 8 dicembre (Immacolata) l'ufficio di Via Tortona resterà chiuso. Per le urgenze dei clienti è attivo il numero di reperibilità come lo scorso anno; i turni sono nel calendario condiviso su Teams.

La cena di Natale dell'ufficio di Milano sarà giovedì 17 dicembre alle 20:00, in un ristorante sui Navigli (dettagli a breve). Vi chiedo di confermare la presenza entro venerdì 4 dicembre rispondendo a questa mail.

Ultima cosa: Francesca chiede di consegnare le note spese di novembre entro mercoledì 2 dicembre, altrimenti slittano a gennaio.

Grazie e buona giornata,
Giulia

Giulia Bianchi
Office Manager
Example Group Italia S.r.l.
Via Tortona 31 - 20144 Milano
"""
    out.append(M(name='21-it-internal-office-closure-notice', folder=B, lang='it', t=T(11, 27, 10, 30, 12),
                 mailer=I.exchange('EXMBX01', '10.31.2.44', lang='it-IT', hdr_charset='iso-8859-15', hdr_enc='Q'),
                 frm=st('giulia.bianchi'), to=[('Ufficio Milano', 'milano@example.com')], rcpt='francesca.russo@example.com',
                 subject="Chiusura uffici 7-8 dicembre e cena di Natale",
                 body=alt(p, 'iso-8859-15', style='outlook', lang='IT'),
                 what='Milan office manager announces the 7-8 December closure and the Christmas dinner',
                 why='Genuine internal notice via mail-int01/Exchange; no links or requests beyond an RSVP.',
                 pairs=[]))

    # ------------------------------------------------------------------ 22 pl logistics invoice (KSeF)
    p = """Dzień dobry,

uprzejmie informujemy, że faktura VAT nr FV/2026/11/0412 za usługi magazynowania i dystrybucji materiałów POS w listopadzie 2026 r. została wystawiona w Krajowym Systemie e-Faktur.

Numer KSeF: %s-20261130-4A1F9C03B2E7-5D
Kwota brutto: 18 642,30 zł
Termin płatności: 14.12.2026

W załączniku przesyłamy wizualizację faktury w formacie PDF wraz z zestawieniem palet. Dokumentem obowiązującym jest faktura w KSeF.

Płatność prosimy kierować na dotychczasowy rachunek w mBanku: %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 9, 61-897 Poznań
NIP %s
""" % (org.PLOG_NIP, C.pl_nrb(org.PLOG_IBAN), C.pl_nip_fmt(org.PLOG_NIP))
    pdfl = [('#', 'Faktura VAT FV/2026/11/0412'), 'Wizualizacja faktury z KSeF - numer KSeF %s-20261130-4A1F9C03B2E7-5D' % org.PLOG_NIP,
            '', 'Sprzedawca: Partner Logistik sp. z o.o., ul. Składowa 9, 61-897 Poznań, NIP ' + C.pl_nip_fmt(org.PLOG_NIP),
            'Nabywca: Example Group Polska sp. z o.o., ul. Prosta 51, 00-838 Warszawa, NIP ' + C.pl_nip_fmt(org.EG_PL_NIP), '',
            ('b', 'Lp.  Usługa                                                    Netto          VAT 23%      Brutto'),
            '1     Składowanie palet EUR (32 palety x 30 dni)         9 600,00     2 208,00     11 808,00',
            '2     Kompletacja i wysyłka materiałów POS (214 zam.)   5 556,34     1 277,96      6 834,30',
            ('b', 'Razem                                                       15 156,34     3 485,96     18 642,30 PLN'), '',
            'Termin płatności: 14.12.2026, przelew: mBank S.A. ' + C.pl_nrb(org.PLOG_IBAN)]
    out.append(M(name='22-pl-partner-logistik-invoice-ksef', folder=B, lang='pl', t=T(11, 30, 11, 15, 43),
                 mailer=I.postfix(PLOG_SRV['helo'], PLOG_SRV['rdns'], PLOG_SRV['ip'],
                                  submit=('KSIEGOWOSC-PC', 'host-89-228-14-202.dynamic.mm.pl', '89.228.14.202'),
                                  auth='ksiegowosc@partner-logistik.pl', msgid='outlook16', boundary='nextpart',
                                  xmailer='Microsoft Outlook 16.0', hdr_charset='windows-1250', hdr_enc='Q',
                                  extra=[('Content-Language', 'pl')]),
                 msgid=B22_MSGID,
                 frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
                 to=[st('malgorzata.wisniewska')], rcpt='malgorzata.wisniewska@example.com',
                 subject='Faktura FV/2026/11/0412 - magazynowanie i dystrybucja materiałów POS, listopad 2026',
                 body=multi('mixed', alt(p, 'windows-1250', style='outlook', lang='PL'),
                            att_pdf('FV_2026_11_0412_wizualizacja.pdf', pdfl, title='FV/2026/11/0412',
                                    author='Partner Logistik', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
                                    date="D:20261130121100+01'00'")),
                 what='Logistics partner\'s monthly invoice issued in KSeF, PDF visualisation attached',
                 why='Genuine: partner\'s real home.pl server from a Polish residential IP, KSeF number given, account unchanged (mBank), plain PDF. Hard negative for the KSeF phishing (attack 22) and the later thread hijack of this very thread (attack 23).',
                 pairs=['22-pl-ksef-token-phishing-compromised-smb', '23-pl-thread-hijack-partner-encrypted-zip']))

    # ------------------------------------------------------------------ 23 pl delivery advice (Thunderbird, iso-8859-2 8bit)
    p = """Dzień dobry Panie Pawle,

potwierdzam dostawę materiałów POS na kampanię zimową do Państwa biura przy ul. Prostej 51 w środę 18.11, w oknie czasowym 9:00-11:00.

Zakres dostawy:
- 6 palet EUR: stojaki podłogowe i wobblery (Köster Zimowa Edycja)
- 2 palety: kalendarze 2027 z Poligrafii Nowak
- 1 paczka: próbki produktów do sesji zdjęciowej

Kierowca zadzwoni ok. 30 minut przed przyjazdem.

Proszę o informację, czy w budynku jest dostępna winda towarowa i czy trzeba zarezerwować rampę u zarządcy. Gdyby termin nie pasował, możemy przesunąć dostawę na czwartek.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. logistyki kontraktowej
Partner Logistik sp. z o.o.
"""
    out.append(M(name='23-pl-logistics-delivery-advice', folder=B, lang='pl', t=T(11, 16, 12, 5, 9),
                 mailer=I.postfix(PLOG_SRV['helo'], PLOG_SRV['rdns'], PLOG_SRV['ip'],
                                  submit=('[192.168.1.57]', 'host-89-228-14-202.dynamic.mm.pl', '89.228.14.202'),
                                  auth='t.zielinski@partner-logistik.pl', msgid='thunderbird', boundary='thunderbird',
                                  ua='Mozilla Thunderbird', order=I.THUNDERBIRD_ORDER,
                                  extra=[('Content-Language', 'pl')], hdr_charset='ISO-8859-2', hdr_enc='Q'),
                 frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[st('pawel.kowalczyk')],
                 rcpt='pawel.kowalczyk@example.com',
                 subject='Awizacja dostawy materiałów POS do Warszawy - 18.11',
                 body=text(p, 'ISO-8859-2', '8bit', quote_charset=False),
                 what='Logistics partner confirms delivery of POS material to the Warsaw office',
                 why='Genuine operational mail from the partner\'s own server and usual client IP; no links, attachments or payment requests.',
                 pairs=[]))

    # ------------------------------------------------------------------ 24 pl influencer invoice (wp.pl)
    p = """Cześć Paweł,

w załączniku przesyłam rachunek do umowy o dzieło nr 14/2026 za realizację kampanii "Zimowe rytuały" (3 rolki na Instagramie + 5 relacji + 1 TikTok). Wszystkie materiały są już opublikowane, linki i statystyki po 7 dniach wkleiłam w arkuszu, który mi udostępniliście.

W skrócie:
- zasięg łączny: 412 tys.
- wyświetlenia rolek: 538 tys.
- kliknięcia w link: 6 920
- kod rabatowy użyty 311 razy

Kwota brutto: 8 500,00 zł, płatne na konto z umowy (PKO BP %s). Rachunek mam też w wersji papierowej, mogę podpisany przesłać pocztą, jeśli potrzebujecie oryginału.

Dziękuję za współpracę, było super!
Ania
""" % C.pl_nrb(org.KAMINSKA_IBAN)
    pdfl = [('#', 'RACHUNEK nr 14/2026'), 'do umowy o dzieło nr 14/2026 z dnia 02.11.2026', '',
            'Wykonawca: Anna Kamińska, Warszawa', 'Zamawiający: Example Group Polska sp. z o.o., ul. Prosta 51, 00-838 Warszawa',
            '', 'Przedmiot: realizacja treści kampanii "Zimowe rytuały" (3 rolki IG, 5 relacji, 1 TikTok)',
            'Kwota brutto: 8 500,00 zł', 'Słownie: osiem tysięcy pięćset złotych 00/100', '',
            'Płatne przelewem na rachunek: ' + C.pl_nrb(org.KAMINSKA_IBAN), '', 'Anna Kamińska']
    out.append(M(name='24-pl-influencer-invoice-wp-freemail', folder=B, lang='pl', t=T(12, 1, 19, 44, 30),
                 mailer=I.wp(client_ip='89.64.30.211'),
                 frm=('Anna Kamińska', 'ania.kaminska@wp.pl'), to=[st('pawel.kowalczyk')], rcpt='pawel.kowalczyk@example.com',
                 subject='Rachunek do umowy o dzieło 14/2026 - kampania "Zimowe rytuały" + statystyki',
                 body=multi('mixed', text(p, 'iso-8859-2', 'quoted-printable'),
                            att_pdf('Rachunek_14_2026_Kaminska.pdf', pdfl, title='Rachunek 14/2026', author='Ania',
                                    creator='Canva', producer='Canva', date="D:20261201203900+01'00'")),
                 what='Influencer sends her invoice under a contract for work with campaign statistics',
                 why='Genuine: creator on consumer mail (wp.pl) from a Polish cable IP, payment to the account in the contract, campaign facts match; no urgency.',
                 pairs=[]))

    # ------------------------------------------------------------------ 25 pl newsletter via Brevo
    unsub = 'https://marketingimedia.pl/newsletter/wypisz?u=%s' % hx('b25u', 32)
    p = """Marketing i Media – przegląd tygodnia

Najważniejsze tematy:

1. Rynek reklamy online w III kwartale: +11 proc. rok do roku, najszybciej rośnie retail media.
2. KSeF w agencjach: jak rozliczać refaktury mediowe i prowizje w e-fakturach – poradnik.
3. Influencer marketing: UOKiK publikuje nowe rekomendacje dotyczące oznaczania treści reklamowych.
4. Przetargi: trzy nowe zapytania ofertowe od spółek Skarbu Państwa na kampanie wizerunkowe 2027.

Czytaj więcej: https://marketingimedia.pl/przeglad/2026-47

Otrzymujesz ten newsletter, ponieważ zapisałeś się na marketingimedia.pl adresem pawel.kowalczyk@example.com.
Wypisz się: %s
Marketing i Media sp. z o.o., ul. Mokotowska 24, 00-561 Warszawa
""" % unsub
    out.append(M(name='25-pl-trade-newsletter-brevo', folder=B, lang='pl', t=T(11, 24, 5, 0, 7),
                 mailer=I.brevo(ip='77.32.148.18'),
                 frm=('Marketing i Media', 'newsletter@marketingimedia.pl'), to=[('', 'pawel.kowalczyk@example.com')],
                 rcpt='pawel.kowalczyk@example.com',
                 subject='Przegląd tygodnia: retail media +11 proc., KSeF w agencjach, nowe rekomendacje UOKiK',
                 headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@marketingimedia.pl?subject=unsubscribe>' % unsub),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                 body=alt(p),
                 what='Subscribed Polish marketing-trade newsletter',
                 why='Genuine bulk mail via Brevo with List-Unsubscribe one-click, links to the publisher only.',
                 pairs=[]))

    # ------------------------------------------------------------------ 26 pl genuine WeTransfer
    link = 'https://we.tl/t-%s' % hx('b26we', 10, ALNUM)
    p = """biuro@poligrafia-nowak.pl wysłał(a) Ci pliki

Projekty_kalendarze_2027_v2.pdf
3 elementy, 212 MB łącznie · Wygasa 13 listopada 2026

Wiadomość:
Panie Pawle, przesyłam poprawione projekty kalendarzy (v2) oraz cromaliny do akceptacji. Proszę o informację do poniedziałku. Pozdrawiam, Krzysztof Nowak

Pobierz pliki: %s

Pliki: Projekty_kalendarze_2027_v2.pdf, Cromalin_okladka.pdf, Cromalin_karty_01-12.pdf

Aby mieć pewność, że nasze e-maile trafiają do Twojej skrzynki odbiorczej, dodaj noreply@wetransfer.com do kontaktów.
Informacje o WeTransfer: https://wetransfer.com/about · Pomoc: https://wetransfer.zendesk.com · Regulamin: https://wetransfer.com/legal/terms
""" % link
    out.append(M(name='26-pl-wetransfer-genuine-print-files', folder=B, lang='pl', t=T(11, 6, 13, 20, 33),
                 mailer=I.ses(ip='54.240.3.21'),
                 frm=('WeTransfer', 'noreply@wetransfer.com'), reply_to=('', 'biuro@poligrafia-nowak.pl'),
                 to=[('', 'pawel.kowalczyk@example.com')], rcpt='pawel.kowalczyk@example.com',
                 subject='biuro@poligrafia-nowak.pl wysłał(a) Ci pliki: Projekty_kalendarze_2027_v2.pdf',
                 body=alt(p),
                 what='Genuine WeTransfer notification: the print house sends corrected calendar proofs',
                 why='Genuine: sender noreply@wetransfer.com via WeTransfer\'s Amazon SES sending, link to we.tl, Reply-To the known print house; no login requested. Hard negative for the fake WeTransfer (attack 25).',
                 pairs=['25-pl-fake-wetransfer-print-files']))

    # ------------------------------------------------------------------ 27 es client complaint and invoice dispute (Google Workspace)
    p = """Hola Javier:

Te escribo por dos temas de la campaña de Navidad que nos preocupan bastante.

1. La publicación de la influencer del pasado jueves salió con el nombre del vino mal escrito («Arlanza Crianza 2021» en lugar de «Arlanza Roble 2023») y con el precio antiguo. Ya se ha corregido, pero estuvo casi 20 horas publicada y hemos recibido varias quejas de distribuidores.

2. En la factura EG-ES-2026-0187 se nos cobran 4 publicaciones patrocinadas en TikTok, pero según el informe que nos enviasteis solo se publicaron 3.

Os pedimos que emitáis un abono por la publicación no realizada y que nos propongáis alguna compensación por el error. Mientras tanto, dejamos la factura retenida hasta que lo aclaremos.

¿Podemos hablarlo por teléfono el lunes a primera hora?

Un saludo,
Carmen Ruiz
Departamento de Compras y Marketing
Bodegas Arlanza S.L.
Ctra. Madrid-Irún, km 203 – 09340 Lerma (Burgos)
"""
    out.append(M(name='27-es-client-complaint-invoice-dispute', folder=B, lang='es', t=T(12, 11, 8, 10, 51),
                 mailer=I.gmail(host='mail-ed1-f46.google.com', ip='209.85.208.46'),
                 frm=('Carmen Ruiz', 'carmen.ruiz@bodegasarlanza.es'), to=[st('javier.martin')], cc=[st('lucia.fernandez')],
                 rcpt='javier.martin@example.com',
                 subject='Incidencia campaña Navidad y factura EG-ES-2026-0187',
                 body=alt(p, 'UTF-8', style='gmail'),
                 what='Winery client complains about an influencer post error and disputes an invoice line',
                 why='Genuine: client\'s real domain on Google Workspace, complaint and withheld payment, asks for a phone call; no link, attachment or new payment route. Hard negative for the look-alike remittance HTML (attack 31).',
                 pairs=['31-es-lookalike-customer-remittance-html']))

    # ------------------------------------------------------------------ 28 es carrier invoice (Outlook, windows-1252)
    p = """Buenos días:

Adjuntamos la factura F-2026/3381 correspondiente al transporte del material del evento de Bodegas Arlanza (recogida en Lerma el 29/10 y entrega en Madrid, IFEMA Pabellón 10, el 30/10).

Base imponible: 1.240,00 €
IVA 21 %%: 260,40 €
Total: 1.500,40 €
Vencimiento: 30 días fecha factura, por transferencia a la cuenta habitual (Ibercaja, IBAN %s).

Les rogamos que nos confirmen la recepción.

Un saludo,
Pilar Navarro
Administración
Transportes Navarro e Hijos S.L.
Pol. Ind. Malpica, calle E, nave 14 – 50016 Zaragoza
CIF %s
""" % (C.grp(org.NAVARRO_IBAN), org.NAVARRO_CIF)
    pdfl = [('#', 'TRANSPORTES NAVARRO E HIJOS S.L.'), 'CIF ' + org.NAVARRO_CIF + ' · Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza',
            '', ('b', 'FACTURA F-2026/3381'), 'Fecha: 10/11/2026', '',
            'Cliente: EXAMPLE GROUP IBERIA S.L. · CIF ' + org.EG_ES_CIF, 'Calle de Alcalá 95, 28009 Madrid', '',
            'Transporte completo Lerma (Burgos) - Madrid IFEMA Pab. 10, 29-30/10/2026, camión 12 t',
            'Base imponible 1.240,00 EUR · IVA 21% 260,40 EUR · TOTAL 1.500,40 EUR', '',
            'Forma de pago: transferencia a 30 días · IBAN ' + C.grp(org.NAVARRO_IBAN)]
    out.append(M(name='28-es-carrier-invoice', folder=B, lang='es', t=T(11, 10, 10, 33, 22),
                 mailer=I.postfix('correo.transportesnavarro.es', 'correo.transportesnavarro.es', '88.26.231.154',
                                  submit=('ADMIN-PC03', 'ADMIN-PC03.navarro.local', '192.168.1.33'),
                                  auth='facturacion@transportesnavarro.es', msgid='outlook16', boundary='nextpart',
                                  xmailer='Microsoft Outlook 16.0', hdr_charset='windows-1252', hdr_enc='Q',
                                  extra=[('Content-Language', 'es')]),
                 frm=('Transportes Navarro - Facturación', 'facturacion@transportesnavarro.es'),
                 to=[st('lucia.fernandez')], rcpt='lucia.fernandez@example.com',
                 subject='Factura F-2026/3381 - Transporte material evento (Lerma - Madrid)',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook', lang='ES'),
                            att_pdf('Factura_F-2026-3381.pdf', pdfl, title='Factura F-2026/3381', author='Pilar Navarro',
                                    creator='a3ERP', producer='a3ERP', date="D:20261110113000+01'00'")),
                 what='Road carrier sends an invoice for event transport',
                 why='Genuine: carrier\'s own mail server, job matches the event, payment to the "usual account", plain PDF.',
                 pairs=[]))

    # ------------------------------------------------------------------ 29 es tax adviser newsletter (Mailchimp) on VERI*FACTU
    u, lid = hx('boletin@asesoriaquintana.es', 25), hx('b29id', 10)
    unsub = 'https://asesoriaquintana.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (u, lid, hx('b29e', 10), hx('b29c', 10))
    p = """Boletín fiscal – diciembre 2026
Asesoría Quintana

1. VERI*FACTU: qué cambia el 1 de enero de 2027
Las sociedades que facturan con programas informáticos deberán usar un software adaptado al Real Decreto 1007/2023. La adaptación la realiza el fabricante de su programa de facturación mediante una actualización y una declaración responsable; no existe ningún «certificado VERI*FACTU» que haya que activar en una web. Desconfíe de correos que le pidan credenciales o pagos para «activar» VERI*FACTU: ni la AEAT ni los fabricantes lo hacen así.

2. Cierre del ejercicio 2026
Recuerde revisar amortizaciones, provisiones y facturas pendientes de recibir antes del 31 de diciembre.

3. Calendario del cuarto trimestre
Modelos 303, 111, 115 y 349: hasta el 30 de enero de 2027. Resumen anual 390: hasta el 30 de enero de 2027.

Si tiene dudas, su gestor habitual le atenderá en el teléfono de siempre.

Ha recibido este boletín porque es cliente de Asesoría Quintana.
Darse de baja: %s
Asesoría Quintana S.L. · Calle de Goya 48 · 28001 Madrid
""" % unsub
    out.append(M(name='29-es-tax-adviser-newsletter-verifactu', folder=B, lang='es', t=T(12, 2, 7, 0, 5),
                 mailer=I.mailchimp('us12'),
                 frm=('Asesoría Quintana', 'boletin@asesoriaquintana.es'), to=[('', 'lucia.fernandez@example.com')],
                 rcpt='lucia.fernandez@example.com',
                 subject='Boletín fiscal diciembre: VERI*FACTU en 2027, cierre del ejercicio y calendario',
                 headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us12_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (unsub, u, lid, hx('b29m', 10))),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                 body=alt(p),
                 what='Tax adviser\'s monthly client newsletter explaining VERI*FACTU and warning about scams',
                 why='Genuine newsletter via Mailchimp with List-Unsubscribe; same topic as the VERI*FACTU phishing but informative, no login or payment requested. Hard negative for attack 28.',
                 pairs=['28-es-verifactu-certificate-phishing-brevo']))

    # ------------------------------------------------------------------ 30 es internal Madrid
    p = """Hola a todos:

Os confirmo los planes para las próximas semanas:

- Cena de Navidad de la oficina de Madrid: jueves 17 de diciembre a las 21:00. Lucía os enviará mañana la invitación con el restaurante; confirmad asistencia antes del viernes 11.
- Jueves 24 y jueves 31 de diciembre trabajamos en horario de mañana, de 9:00 a 14:00. Las guardias para clientes con campañas activas están en el calendario compartido.
- Antes de irnos de vacaciones, por favor, subid los informes de campaña de noviembre a la carpeta de cada cliente en SharePoint.

¡Gracias!
Javier

Javier Martín
Office Manager
Example Group Iberia S.L.
Calle de Alcalá 95 · 28009 Madrid
"""
    out.append(M(name='30-es-internal-christmas-schedule', folder=B, lang='es', t=T(12, 4, 9, 5, 41),
                 mailer=I.exchange('EXMBX01', '10.41.3.17', lang='es-ES', hdr_charset='iso-8859-1', hdr_enc='Q'),
                 frm=st('javier.martin'), to=[('Oficina Madrid', 'madrid@example.com')], rcpt='lucia.fernandez@example.com',
                 subject='Cena de Navidad y horario del 24 y 31 de diciembre',
                 body=alt(p, 'iso-8859-1', style='outlook', lang='ES'),
                 what='Madrid office manager announces the Christmas dinner and holiday working hours',
                 why='Genuine internal notice through mail-int01/Exchange.',
                 pairs=[]))

    # ------------------------------------------------------------------ 31 es Google security alert
    eid = hx('b31eid', 22, ALNUM)
    p = """Se ha iniciado sesión en un nuevo dispositivo Windows

lucia.fernandez@example.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Consultar actividad:
https://accounts.google.com/AccountChooser?Email=lucia.fernandez@example.com&continue=https://myaccount.google.com/alert/nt/1792742280000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0

También puedes consultar la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte sobre cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland
""" % eid
    out.append(M(name='31-es-google-security-alert-genuine', folder=B, lang='es', t=T(10, 23, 5, 58, 0),
                 mailer=I.google_notify(bounce='gaia', sor=69),
                 frm=('Google', 'no-reply@accounts.google.com'), to=[('', 'lucia.fernandez@example.com')],
                 rcpt='lucia.fernandez@example.com', subject='Alerta de seguridad',
                 body=alt(p),
                 what='Google account alert: new sign-in on a Windows device (account used for Google Ads)',
                 why='Genuine: Google\'s own sending infrastructure (mail-sor-*.google.com, Return-Path *.bounces.google.com), links only to accounts.google.com / myaccount.google.com, no credentials requested.',
                 pairs=[]))
    return out
