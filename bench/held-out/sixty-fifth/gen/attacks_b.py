"""Attack messages 17-40 (Italian, Polish, Spanish, Greek, Russian)."""
from mime import Text, Attach, Multi, local, ruuid, rhex, ralnum
from msg import message, Ctx, alt, mixed, html_of
from org import S, IBAN, RU
import infra as I
import files
import qr
import codes

A = 'attack'


def build():
    # 17 -- Ferretti bank change from look-alike .com on OVH VPS
    w = local('cet', 2026, 10, 22, 11, 4)
    c = Ctx('a17', w)
    inf = I.postfix_host(c.rng, w, 'mail.ferretti-trasporti.com', 'vps-3f9a21c4.vps.ovh.net', '51.75.142.118', webmail='roundcube')
    fr = IBAN['ferretti_fraud']
    txt = ('Gentile Dott.ssa De Luca,\n\ncon la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del Gruppo, '
           'le coordinate per il pagamento delle nostre fatture sono variate con decorrenza immediata.\n\n'
           'Nuovo conto corrente dedicato (L. 136/2010):\nIntestatario: Ferretti Trasporti S.p.A.\nIBAN: %s\n\n'
           'Vi preghiamo di utilizzare le nuove coordinate già per le fatture 2026/FT/1187 e 2026/FT/1203 in scadenza il 31/10. '
           'Il vecchio conto presso Intesa Sanpaolo è in fase di estinzione e i bonifici verrebbero respinti.\n\n'
           'Per motivi di riservatezza Vi chiediamo di confermare la variazione esclusivamente rispondendo a questa e-mail; '
           'i nostri uffici amministrativi sono in trasloco e le linee fisse non sono attive fino al 6 novembre.\n\n'
           'Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia dell\'Industria 41, 21052 Busto Arsizio (VA)\nP.IVA 02871540126\n' % codes.fmt_iban(fr))
    pdfd = files.pdf(['#Ferretti Trasporti S.p.A.', 'Comunicazione variazione coordinate bancarie', '', 'Spett.le Example Group S.r.l. - Sede di Milano Malpensa', '',
                      'Nuovo IBAN: ' + codes.fmt_iban(fr), 'Decorrenza: 22/10/2026', '', 'Il Legale Rappresentante'], title='Variazione IBAN', producer='Microsoft: Print To PDF')
    body = mixed(c, [Text(txt, charset='iso-8859-15', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'Variazione_coordinate_bancarie.pdf')])
    message(A, 'it', 'ferretti-variazione-iban-lookalike', infra=inf, when=w,
            frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.com'), to=S('it_acc'), cc=[S('it_mgr')],
            subject='Variazione coordinate bancarie – Ferretti Trasporti S.p.A.', body=body, hcs='utf-8', hmode='Q',
            what='Carrier bank-detail change "from Ferretti Trasporti", new IBAN for two invoices due.',
            why='ferretti-trasporti.com on an OVH VPS (carrier is ferretti-trasporti.it); IBAN at an unknown e-money ABI instead of Intesa Sanpaolo; confirm only by reply, phones "down". Hard negatives: business 17, 18.')

    # 18 -- SdI rejected e-invoice phishing via Mailgun
    w = local('cet', 2026, 11, 5, 8, 20)
    c = Ctx('a18', w)
    inf = I.mailgun(c.rng, w, 'fatturapa-notifiche.it', S('it_acc')[1])
    url = 'https://ivaservizi.agenziaentrate.fatturapa-notifiche.it/portale/sdi/esito?id=FE00871'
    txt = ('Agenzia delle Entrate - Fatture e Corrispettivi\n\nNotifica di scarto\n\nIl Sistema di Interscambio ha scartato il file IT02871540126_a3F9k.xml '
           'relativo alla fattura n. 2026/FE/00871 del 03/11/2026 (codice errore 00305 - IdFiscaleIVA del cessionario non valido).\n\n'
           'La fattura si considera non emessa. Per evitare sanzioni ai sensi dell\'art. 6 D.Lgs. 471/1997 è necessario verificare e ritrasmettere '
           'il documento entro 5 giorni accedendo con SPID o CIE:\n%s\n\nQuesta è una comunicazione automatica, si prega di non rispondere.\n' % url)
    html = html_of(txt).replace(url, '<a href="%s">Accedi all\'area riservata</a>' % url)
    message(A, 'it', 'sdi-fattura-scartata-spid', infra=inf, when=w,
            frm=('Agenzia delle Entrate', 'noreply@fatturapa-notifiche.it'), to=S('it_acc'),
            subject='Notifica di scarto fattura elettronica n. 2026/FE/00871', body=alt(c, txt, html, 'utf-8', 'quoted-printable'),
            what='"Agenzia delle Entrate" SdI rejection notice for an e-invoice, asks to log in with SPID/CIE.',
            why='SdI outcome receipts arrive via PEC/the intermediary, not from fatturapa-notifiche.it via Mailgun; link host is a subdomain trick on fatturapa-notifiche.it; sanction threat. Hard negative: business 21.')

    # 19 -- fake lawyer + CEO, confidential transaction
    w = local('cet', 2026, 11, 11, 10, 37)
    c = Ctx('a19', w)
    inf = I.postfix_host(c.rng, w, 'mail.studiolegalegalli-associati.it', 'vps-77b1e2a0.vps.ovh.net', '57.128.201.33')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    acc = codes.iban_es('0081', '7011', '0001847293')
    txt = ('Gentile Dott.ssa De Luca,\n\nsono l\'Avv. Roberto Galli dello Studio Legale Galli & Associati di Milano. Assistiamo il Dott. Matthias Köhler '
           'nell\'acquisizione di una società di handling aeroportuale in Spagna; la Direzione mi ha indicato Lei come referente per la parte italiana.\n\n'
           'L\'operazione è coperta da accordo di riservatezza e soggetta a obblighi Consob: La prego di non parlarne con i colleghi fino all\'annuncio ufficiale, '
           'previsto per lunedì.\n\nPer il closing è necessario disporre oggi un bonifico di 148.300,00 EUR a titolo di deposito vincolato (escrow) sul conto del nostro notaio corrispondente:\n\n'
           'Beneficiario: Ruiz Ortega Abogados SLP - cuenta de consignaciones\nIBAN: %s\nBIC: BSABESBB\nCausale: Deposito escrow progetto AURORA\n\n'
           'Il Dott. Köhler Le confermerà a breve per e-mail. Mi contatti pure al +39 351 884 2710 per qualsiasi chiarimento.\n\n'
           'Distinti saluti\nAvv. Roberto Galli\nStudio Legale Galli & Associati\nVia Borgonuovo 18, 20121 Milano\n' % codes.fmt_iban(acc))
    message(A, 'it', 'avvocato-escrow-riservato', infra=inf, when=w,
            frm=('Avv. Roberto Galli', 'r.galli@studiolegalegalli-associati.it'), to=S('it_acc'),
            subject='Riservato – progetto AURORA, istruzioni per il deposito', body=Text(txt, charset='windows-1252', cte='8bit'), hcs='windows-1252',
            what='Fake lawyer: confidential acquisition, escrow transfer "on behalf of" the CEO, to a Spanish account.',
            why='Lawyer-impersonation BEC: unknown firm domain on an OVH VPS, secrecy and regulatory pretext, same-day transfer abroad, mobile number for "clarification"; no instruction via the company\'s approval chain.')

    # 20 -- airport ID badge (ENAC) credential phishing with HTML attachment, compromised SME
    w = local('cet', 2026, 11, 17, 14, 9)
    c = Ctx('a20', w)
    snd = 'info@agriturismo-lecolline.it'
    inf = I.exim_cpanel(c.rng, w, 'host21.serverdomini-it.com', '94.177.203.61', snd, '41.190.15.77')
    inf.msgid = '<%s@agriturismo-lecolline.it>' % rhex(c.rng, 32)
    lure = files.html_login_lure('ENAC - Verifica tesserino', 'ENAC - Portale Tesserini Aeroportuali',
                                 'https://tia-enac.verifica-accesso.net/auth/submit.php', 'giulia.ferraro@example.com', 'it',
                                 ('Password account aziendale', 'Accedi'), 'Per confermare i dati del personale accedi con il tuo account aziendale Microsoft.')
    txt = ('Gentile Responsabile di scalo,\n\nin vista del rinnovo annuale dei tesserini di ingresso in aeroporto (TIA) per l\'aeroporto di Milano Malpensa, '
           'è necessario verificare l\'elenco del personale autorizzato alle aree sterili entro il 20/11/2026.\n\n'
           'In allegato il modulo di verifica: aprirlo con il browser e accedere con le credenziali aziendali. '
           'In mancanza di conferma i tesserini non rinnovati saranno disattivati dal 1° dicembre.\n\n'
           'Cordiali saluti\nENAC - Direzione Aeroportuale Lombardia\nUfficio Tesserini\n')
    body = mixed(c, [Text(txt, charset='iso-8859-1', cte='quoted-printable'), Attach(lure.encode(), 'text/html; charset=utf-8', 'ENAC_Verifica_TIA_Malpensa.html')])
    message(A, 'it', 'enac-tesserini-html-allegato', infra=inf, when=w,
            frm=('ENAC Ufficio Tesserini', snd), to=S('it_mgr'),
            subject='Rinnovo tesserini aeroportuali TIA – verifica entro il 20/11', body=body, hcs='iso-8859-15', hmode='Q',
            what='"ENAC" airport badge renewal: verify staff list via attached HTML form.',
            why='Credential phishing via local HTML attachment (form posts to tia-enac.verifica-accesso.net); sent from a hacked agriturismo mailbox on a cPanel host; badges at MXP are handled by the airport operator\'s pass office, not by mailed HTML forms.')

    # 21 -- thread hijack from genuinely compromised fuel supplier, password ZIP
    w = local('cet', 2026, 11, 23, 7, 51)
    c = Ctx('a21', w)
    inf = I.aruba(c.rng, w, '45.134.26.19')
    inf.msgid = '<%s@aviocarburanti-nord.it>' % ruuid(c.rng)
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtdX' + ralnum(c.rng, 20)]
    z = files.zipfile_bytes([('Riepilogo_consegne_novembre_2026.pdf.js', files.PLACEHOLDER)], password='7731', when=(2026, 11, 23, 7, 40, 0), seed='a21')
    txt = ('Buongiorno,\n\nin allegato quanto richiesto (riepilogo consegne e nota di credito). Per motivi di sicurezza l\'archivio è protetto.\n\nPassword: 7731\n\n'
           'Saluti\nLuca Marchetti\n\n-----Messaggio originale-----\nDa: Francesca De Luca <francesca.deluca@example.com>\nInviato: giovedì 19 novembre 2026 16:40\n'
           'Oggetto: Fornitura Jet A-1 novembre - riepilogo consegne\n\nBuongiorno Luca,\nci potete mandare il riepilogo delle consegne di novembre per la quadratura con le bolle?\nGrazie, Francesca\n')
    body = mixed(c, [Text(txt, charset='windows-1252', cte='quoted-printable'), Attach(z, 'application/x-zip-compressed', 'Documenti_2611.zip')], 'outlook')
    message(A, 'it', 'aviocarburanti-thread-hijack-zip', infra=inf, when=w,
            frm=('Luca Marchetti', 'l.marchetti@aviocarburanti-nord.it'), to=S('it_acc'), cc=[S('it_mgr')],
            subject='R: Fornitura Jet A-1 novembre - riepilogo consegne', body=body, hcs='windows-1252',
            in_reply_to='<%s@EXCH02.corp.example.com>' % rhex(c.rng, 32),
            what='Reply from the fuel supplier\'s real mailbox in a genuine thread, documents in a password-protected ZIP.',
            why='Compromised partner mailbox (sent via their real Aruba SMTP, but client IP is a foreign VPS): the archive holds a ".pdf.js" script (loader pattern used by Ursnif-style campaigns in Italy), password in body to evade scanning; supplier normally sends plain PDF invoices. Hard negative: business 19.')

    # 22 -- KSeF token phishing via Brevo
    w = local('cet', 2026, 10, 16, 9, 2)
    c = Ctx('a22', w)
    inf = I.brevo(c.rng, w, 'ksef-powiadomienia.pl', S('pl_acc')[1])
    url = 'https://ksef-podatki.gov.pl.ksef-powiadomienia.pl/logowanie?nip=5272918837'
    txt = ('Krajowy System e-Faktur\n\nSzanowni Państwo,\n\ntoken uwierzytelniający przypisany do NIP 527-291-88-37 wygasa w dniu 20.10.2026. '
           'Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza systemem '
           'mogą zostać zakwestionowane.\n\nAby odnowić uprawnienia, zaloguj się do Aplikacji Podatnika KSeF przez profil zaufany lub bank:\n%s\n\n'
           'Z poważaniem\nMinisterstwo Finansów\nZespół KSeF\n' % url)
    html = html_of(txt).replace(url, '<a href="%s">Odnów token KSeF</a>' % url)
    message(A, 'pl', 'ksef-token-wygasa', infra=inf, when=w,
            frm=('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-powiadomienia.pl'), to=S('pl_acc'),
            subject='KSeF: token uwierzytelniający wygasa 20.10.2026 – wymagane odnowienie', body=alt(c, txt, html, 'utf-8', 'quoted-printable'),
            hcs='utf-8', hmode='Q',
            what='"Ministry of Finance / KSeF" says the company\'s KSeF token expires, login via trusted profile or bank.',
            why='The Ministry does not send such mail; sender ksef-powiadomienia.pl via Brevo; link uses "gov.pl" as a subdomain of the attacker domain to harvest bank/profil zaufany logins. Hard negative: business 22 (KSeF invoice from partner).')

    # 23 -- compromised Partner Logistik mailbox, look-alike Reply-To, account not on VAT white list
    w = local('cet', 2026, 11, 13, 12, 55)
    c = Ctx('a23', w)
    inf = I.postfix_host(c.rng, w, 'mail.partner-logistik.pl', 's118.cyber-folks.pl', '195.78.66.118', webmail='roundcube', client='5.181.23.90')
    fr = IBAN['partner_fraud']
    txt = ('Pani Agnieszko,\n\ndziękuję za informację. Niestety nasz rachunek w PKO BP jest od wczoraj czasowo zablokowany w związku z kontrolą celno-skarbową '
           '(sprawa czysto formalna). Proszę o przelew za fakturę FV/2026/11/0412 (38 745,60 zł) na nasz rachunek pomocniczy w mBanku:\n\n%s\n\n'
           'Rachunek jest w trakcie zgłaszania na białą listę podatników VAT, dlatego proszę zapłacić bez mechanizmu podzielonej płatności. '
           'Proszę o potwierdzenie przelewu na maila, jestem dziś w trasie i nie odbieram telefonu.\n\n'
           'Pozdrawiam\nTadeusz Zieliński\nPartner Logistik sp. z o.o.\n\n> W dniu 12.11.2026 o 15:10, Agnieszka Łęcka pisze:\n'
           '> Panie Tadeuszu, faktura FV/2026/11/0412 jest zaakceptowana, płatność w piątek.\n' % codes.fmt_iban(fr))
    message(A, 'pl', 'partner-logistik-przejete-konto-rachunek', infra=inf, when=w,
            frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=S('pl_acc'),
            reply_to=('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'),
            subject='Re: Faktura FV/2026/11/0412 - przewóz WAW-FRA', body=Text(txt, charset='windows-1250', cte='quoted-printable'),
            hcs='iso-8859-2', hmode='Q', in_reply_to='<%s@EXCH01.corp.example.com>' % rhex(c.rng, 32),
            what='Reply from the logistics partner\'s real mailbox: account "blocked", pay to a secondary mBank account without split payment.',
            why='Compromised genuine mailbox (webmail login from a foreign VPS IP) plus Reply-To on look-alike partner-logistlk.pl; account not on the VAT white list, split payment to be skipped, no phone. Hard negatives: business 22, 23.')

    # 24 -- InPost parcel surcharge phishing from compromised WordPress
    w = local('cet', 2026, 12, 2, 17, 33)
    c = Ctx('a24', w)
    inf = I.postfix_host(c.rng, w, 'srv17.kwiaciarnia-rozalia.pl', 'srv17.kwiaciarnia-rozalia.pl', '91.185.186.24', webmail='phpmailer')
    url = 'https://inpost-pl.doplata-paczka.com/p/WAW21M?k=' + ralnum(c.rng, 10)
    txt = ('InPost\n\nTwoja paczka nr 6800 2471 9931 0847 5512 czeka w Paczkomacie WAW21M (ul. Żwirki i Wigury 1, Warszawa).\n\n'
           'Z powodu niedopłaty za gabaryt C paczka zostanie odesłana do nadawcy po 48 godzinach. Dopłać 2,49 zł i odbierz przesyłkę:\n%s\n\nZespół InPost\n' % url)
    message(A, 'pl', 'inpost-doplata-paczkomat', infra=inf, when=w,
            frm=('InPost', 'wordpress@kwiaciarnia-rozalia.pl'), to=S('pl_mgr'),
            subject='Paczka czeka w Paczkomacie – wymagana dopłata 2,49 zł', body=alt(c, txt, html_of(txt).replace(url, '<a href="%s">Dopłać i odbierz</a>' % url), 'iso-8859-2', 'quoted-printable', 'php'),
            hcs='iso-8859-2', hmode='Q',
            what='InPost parcel-locker surcharge of 2.49 PLN, link to pay.',
            why='Card/BLIK phishing from a hacked florist WordPress (PHPMailer, wordpress@ sender), link to doplata-paczka.com; InPost does not request surcharges by mail link.')

    # 25 -- IT helpdesk / Teams vishing pretext from attacker onmicrosoft tenant
    w = local('cet', 2026, 11, 19, 10, 6)
    c = Ctx('a25', w)
    inf = I.eop(c.rng, w, 'eu')
    txt = ('Dzień dobry Panie Michale,\n\nnasz system wykrył na Pana skrzynce nietypowo dużą liczbę wiadomości spamowych (zgłoszenie INC0048817). '
           'Aby zatrzymać zalew wiadomości, konieczna jest rekonfiguracja filtra na Pana komputerze.\n\n'
           'W ciągu 30 minut skontaktuje się z Panem nasz konsultant przez Microsoft Teams (konto „Help Desk Example Group”). '
           'Prosimy o przyjęcie połączenia i uruchomienie narzędzia Szybka pomoc (Quick Assist) zgodnie z instrukcją konsultanta.\n\n'
           'Z poważaniem\nDział IT – Service Desk\nExample Group\n')
    message(A, 'pl', 'helpdesk-teams-quick-assist', infra=inf, when=w,
            frm=('Help Desk Example Group', 'servicedesk@examplegroupit.onmicrosoft.com'), to=S('pl_mgr'),
            subject='Zgłoszenie INC0048817 – zalew spamu na Pana skrzynce', body=alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable', 'outlook'),
            hcs='utf-8', hmode='B',
            what='"IT service desk" announces a Teams call to fix a spam flood and asks to start Quick Assist.',
            why='Email-bombing follow-up / remote-access vishing pretext (Black Basta-style): external onmicrosoft.com tenant posing as internal IT, announces a Teams call from an external account and remote control via Quick Assist. Hard negative: business 25.')

    # 26 -- mBank CompanyNet phishing linking via abused Google Drawings
    w = local('cet', 2026, 12, 9, 8, 14)
    c = Ctx('a26', w)
    inf = I.sendgrid(c.rng, w, 'companynet-powiadomienia.pl', S('pl_acc')[1])
    url = 'https://docs.google.com/drawings/d/1' + ralnum(c.rng, 43) + '/preview'
    txt = ('mBank CompanyNet\n\nSzanowni Państwo,\n\nod 15.12.2026 logowanie do CompanyNet będzie wymagało ponownej autoryzacji urządzenia mobilnego (mToken). '
           'Użytkownicy, którzy nie potwierdzą urządzenia, utracą możliwość akceptowania przelewów.\n\nInstrukcja i formularz potwierdzenia:\n%s\n\n'
           'Z poważaniem\nmBank S.A. - Bankowość Korporacyjna\n' % url)
    message(A, 'pl', 'mbank-companynet-google-drawings', infra=inf, when=w,
            frm=('mBank CompanyNet', 'komunikaty@companynet-powiadomienia.pl'), to=S('pl_acc'),
            subject='CompanyNet: wymagana ponowna autoryzacja mToken do 15.12.2026', body=alt(c, txt, html_of(txt).replace(url, '<a href="%s">Potwierdź urządzenie</a>' % url), 'iso-8859-2', 'base64'),
            hcs='iso-8859-2', hmode='Q',
            what='"mBank CompanyNet" device re-authorisation notice linking to a Google Drawings document.',
            why='Bank phishing through an abused genuine service: the link is docs.google.com (reputable), the drawing redirects to the credential page; sender domain is not mbank.pl and is sent via SendGrid; deadline and loss of payment approval.')

    # 27 -- AEAT / DEHú notification phishing from compromised site
    w = local('cet', 2026, 10, 19, 9, 48)
    c = Ctx('a27', w)
    snd = 'administracion@reformas-garciaybenitez.es'
    inf = I.exim_cpanel(c.rng, w, 'srv112.hostingeuropa-web.es', '185.166.212.47', snd, '196.251.70.201')
    inf.msgid = '<%s@reformas-garciaybenitez.es>' % rhex(c.rng, 32)
    url = 'https://dehu.sede-notificaciones.com/acceso?ref=A28-2026-00471123'
    z = files.zipfile_bytes([('Notificacion_AEAT_A28202600471123.pdf.lnk', files.PLACEHOLDER)], when=(2026, 10, 19, 9, 30, 0), seed='a27')
    txt = ('Agencia Tributaria\n\nEstimado contribuyente:\n\nLe informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) '
           'relativa a un requerimiento de información del Impuesto sobre Sociedades, ejercicio 2025 (Ref. A28-2026-00471123).\n\n'
           'Dispone de 10 días naturales para acceder; transcurrido dicho plazo la notificación se entenderá practicada (art. 43 Ley 39/2015).\n\n'
           'Acceso con certificado electrónico o Cl@ve: %s\nSe adjunta copia informativa de la notificación.\n\nAgencia Estatal de Administración Tributaria\n' % url)
    body = mixed(c, [alt(c, txt, html_of(txt).replace(url, '<a href="%s">Acceder a la notificación</a>' % url), 'iso-8859-15', 'quoted-printable'),
                     Attach(z, 'application/zip', 'Notificacion_AEAT_A28202600471123.zip')])
    message(A, 'es', 'aeat-dehu-notificacion-zip', infra=inf, when=w,
            frm=('Agencia Tributaria', snd), to=S('es_acc'),
            subject='Notificación pendiente en la DEHú – Ref. A28-2026-00471123', body=body, hcs='iso-8859-15', hmode='Q',
            what='"Agencia Tributaria" DEHú pending notification, link to Cl@ve login plus "informative copy" ZIP.',
            why='Real DEHú notices only point to dehu.redsara.es/sede.agenciatributaria.gob.es and never attach files; sent from a hacked Spanish SME mailbox; ZIP holds a ".pdf.lnk" shortcut.')

    # 28 -- carrier bank change from look-alike on attacker M365 tenant
    w = local('cet', 2026, 10, 30, 12, 21)
    c = Ctx('a28', w)
    inf = I.eop(c.rng, w, 'eu')
    fr = IBAN['iberlog_fraud']
    txt = ('Buenos días Lucía:\n\nOs informamos de que, por cambio de entidad financiera, a partir de hoy los pagos a Transportes Iberlogística deben realizarse '
           'en la siguiente cuenta:\n\nTitular: Transportes Iberlogística S.L.\nIBAN: %s\nEntidad: CaixaBank\n\n'
           'Adjuntamos el certificado de titularidad. Por favor, aplicad el cambio ya a las facturas FA-2026/3391 y FA-2026/3417 y confirmadnos por correo la fecha de pago.\n\n'
           'Un saludo,\nMaría Ortega\nDpto. Administración – Transportes Iberlogística S.L.\n' % codes.fmt_iban(fr))
    pdfd = files.pdf(['#CaixaBank', 'Certificado de titularidad de cuenta', '', 'Titular: TRANSPORTES IBERLOGISTICA S.L.', 'IBAN: ' + codes.fmt_iban(fr),
                      'Fecha: 29/10/2026'], title='Certificado', producer='iText 7.2.5')
    body = mixed(c, [alt(c, txt, html_of(txt), 'windows-1252', 'quoted-printable', 'outlook'), Attach(pdfd, 'application/pdf', 'Certificado_titularidad_cuenta.pdf')], 'outlook')
    message(A, 'es', 'iberlogistica-cambio-cuenta-lookalike', infra=inf, when=w,
            frm=('María Ortega', 'm.ortega@iberlogisitca.es'), to=S('es_acc'), cc=[S('es_mgr')],
            subject='Cambio de cuenta bancaria – Transportes Iberlogística', body=body, hcs='windows-1252', hmode='Q',
            what='Carrier bank change with fake bank ownership certificate PDF.',
            why='Look-alike domain iberlogisitca.es (transposed "it"/"is") on its own M365 tenant; urgent switch for two open invoices; certificate is a self-made PDF. Hard negative: business 27.')

    # 29 -- CEO fraud, move to WhatsApp
    w = local('cet', 2026, 11, 6, 12, 3)
    c = Ctx('a29', w)
    inf = I.gmail(c.rng, w, 'direccion.mkoehler@gmail.com')
    message(A, 'es', 'ceo-whatsapp-disponible', infra=inf, when=w,
            frm=('Matthias Köhler', 'direccion.mkoehler@gmail.com'), to=S('es_mgr'),
            subject='¿Estás disponible?',
            body=Text('Hola Javier,\n\n¿Tienes un momento? Estoy reunido y no puedo atender llamadas. Necesito que me ayudes con un asunto confidencial '
                      'relacionado con una operación en España que cerramos esta semana.\n\nEnvíame tu número de WhatsApp y te escribo por allí.\n\n'
                      'Gracias,\nMatthias Köhler\n\nEnviado desde mi iPhone\n', charset='utf-8', cte='quoted-printable'),
            hcs='utf-8', hmode='Q',
            what='"CEO" from Gmail asks the Madrid manager for his WhatsApp number for a confidential matter.',
            why='CEO fraud opener moving the victim to WhatsApp (outside mail controls); Gmail address, secrecy, no callable channel.')

    # 30 -- fake Aena tender invitation, credential phishing, SES
    w = local('cet', 2026, 11, 25, 10, 17)
    c = Ctx('a30', w)
    inf = I.ses(c.rng, w, S('es_mgr')[1])
    url = 'https://licitaciones.aena-contratacion.com/expediente/DEA-2026-0417/pliegos'
    txt = ('Aena S.M.E., S.A. - Contratación\n\nInvitación a presentar oferta\n\nExpediente: DEA 2026-0417\nObjeto: Servicios de asistencia en tierra a terceros (rampa) - '
           'Aeropuerto Adolfo Suárez Madrid-Barajas, lote 2\nFecha límite de presentación: 12/12/2026 14:00\n\n'
           'Su empresa ha sido preseleccionada. Los pliegos de cláusulas administrativas y prescripciones técnicas están disponibles para los licitadores invitados, '
           'previa identificación con su cuenta corporativa (Microsoft 365):\n%s\n\nMesa de Contratación\n' % url)
    html = ('<html><body style="font-family:Arial;font-size:13px"><p style="color:#00446a;font-size:18px"><b>aena</b> &middot; Contratación</p>' +
            html_of(txt).split('<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n', 1)[1].replace(url, '<a href="%s">Descargar pliegos</a>' % url))
    message(A, 'es', 'aena-licitacion-handling-pliegos', infra=inf, when=w,
            frm=('Aena Contratación', 'contratacion@aena-contratacion.com'), to=S('es_mgr'),
            subject='Invitación a licitación – Servicios de handling MAD, Exp. DEA 2026-0417', body=alt(c, txt, html, 'utf-8', 'quoted-printable'),
            hcs='utf-8', hmode='Q',
            what='Trade-specific lure: invitation to bid for ramp handling at Madrid-Barajas, tender documents behind a Microsoft 365 login.',
            why='Aena publishes tenders on the Plataforma de Contratación del Sector Público, not from aena-contratacion.com via Amazon SES; "download the specs with your corporate M365 account" = credential harvesting. Hard negative: business 29.')

    # 31 -- HR-themed quishing (payroll / bonus)
    w = local('cet', 2026, 12, 10, 8, 52)
    c = Ctx('a31', w)
    inf = I.sendgrid(c.rng, w, 'examplegroup-rrhh.com', S('es_acc')[1])
    qurl = 'https://portal-empleado.examplegroup-rrhh.com/nomina?u=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGUuY29t'
    png = qr.qr_png(qurl)
    plain = ('Recursos Humanos - Example Group\n\nHola Lucía:\n\nYa está disponible el documento de revisión salarial 2027 y el detalle de la paga extra de diciembre. '
             'Por motivos de protección de datos solo puede consultarse desde el móvil: escanea el código QR y accede con tu usuario y contraseña corporativos.\n\n'
             'Plazo de conformidad: 12/12/2026.\n\nDepartamento de RR. HH.\n')
    html = ('<html><body style="font-family:Arial;font-size:14px"><p><b>Recursos Humanos &middot; Example Group</b></p><p>Hola Lucía:</p>'
            '<p>Ya está disponible el documento de <b>revisión salarial 2027</b> y el detalle de la paga extra de diciembre. '
            'Por motivos de protección de datos solo puede consultarse desde el móvil: escanea el código QR y accede con tu usuario y contraseña corporativos.</p>'
            '<p><img src="cid:qr-nomina@rrhh" width="180" height="180"></p><p>Plazo de conformidad: 12/12/2026.</p><p>Departamento de RR. HH.</p></body></html>')
    body = Multi('related', [alt(c, plain, html, 'utf-8', 'quoted-printable'), Attach(png, 'image/png', 'qr.png', disposition='inline', cid='qr-nomina@rrhh')],
                 c.b(), ' type="multipart/alternative";')
    message(A, 'es', 'nomina-paga-extra-qr', infra=inf, when=w,
            frm=('RR. HH. Example Group', 'rrhh@examplegroup-rrhh.com'), to=S('es_acc'),
            subject='Revisión salarial 2027 y paga extra de diciembre', body=body, hcs='utf-8', hmode='Q',
            what='HR "salary review and Christmas bonus" document reachable only via QR code (PNG).',
            why='Quishing: external look-alike examplegroup-rrhh.com via SendGrid posing as internal HR; QR decodes to a login page with the victim\'s address; "only on mobile" to bypass desktop protections. Hard negative: business 28.')

    # 32 -- AADE myDATA phishing via Mailgun
    w = local('eet', 2026, 10, 23, 10, 40)
    c = Ctx('a32', w)
    inf = I.mailgun(c.rng, w, 'aade-mydata.info', S('gr_acc')[1])
    url = 'https://mydata.aade.gov.gr.aade-mydata.info/taxisnet/login'
    txt = ('ΑΑΔΕ – Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nmyDATA\n\nΑξιότιμε/η επιχειρηματία,\n\nΔιαπιστώθηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων '
           'και των χαρακτηρισμών εξόδων για το διάστημα Ιουλίου – Σεπτεμβρίου 2026 (ΑΦΜ 801234567).\n\nΠαρακαλούμε να προβείτε στις διορθώσεις εντός 5 ημερών, '
           'διαφορετικά θα επιβληθεί πρόστιμο σύμφωνα με το άρθρο 54 του ΚΦΔ.\n\nΕίσοδος με κωδικούς TAXISnet:\n%s\n\nΑΑΔΕ – Υπηρεσία myDATA\n' % url)
    message(A, 'el', 'aade-mydata-apokliseis', infra=inf, when=w,
            frm=('ΑΑΔΕ myDATA', 'noreply@aade-mydata.info'), to=S('gr_acc'),
            subject='myDATA: Αποκλίσεις διαβίβασης παραστατικών – προθεσμία 5 ημερών',
            body=alt(c, txt, html_of(txt).replace(url, '<a href="%s">Είσοδος στην εφαρμογή</a>' % url), 'utf-8', 'base64'),
            hcs='utf-8', hmode='B',
            what='"AADE myDATA" discrepancies in transmitted invoices, fine threat, TAXISnet login link.',
            why='AADE does not mail TAXISnet login links; sender aade-mydata.info via Mailgun; link host puts gov.gr in a subdomain of the attacker domain. Hard negative: business 33.')

    # 33 -- Hellas Air Cargo bank change from look-alike (g->q) on Contabo
    w = local('eet', 2026, 11, 9, 13, 26)
    c = Ctx('a33', w)
    inf = I.postfix_host(c.rng, w, 'mail.hellas-aircarqo.gr', 'vmi2214763.contaboserver.net', '62.171.139.52', webmail='roundcube')
    fr = IBAN['hellas_fraud']
    txt = ('Καλησπέρα σας κα Γεωργίου,\n\nσας ενημερώνουμε ότι λόγω αλλαγής συνεργαζόμενης τράπεζας οι πληρωμές των τιμολογίων μας θα γίνονται πλέον στον παρακάτω λογαριασμό:\n\n'
           'Δικαιούχος: HELLAS AIR CARGO HANDLING Α.Ε.\nΤράπεζα: Eurobank\nIBAN: %s\n\n'
           'Παρακαλούμε να εξοφληθούν σε αυτόν τα τιμολόγια 2026-ΤΠΥ-0918 και 2026-ΤΠΥ-0944. Ο παλαιός λογαριασμός στην Τράπεζα Πειραιώς κλείνει στο τέλος του μήνα.\n\n'
           'Στο συνημμένο θα βρείτε τη βεβαίωση της τράπεζας.\n\nΜε εκτίμηση,\nΓιώργος Δημητρίου\nΛογιστήριο – Hellas Air Cargo Handling Α.Ε.\n' % codes.fmt_iban(fr))
    pdfd = files.pdf(['#Eurobank', 'Account confirmation / Vevaiosi logariasmou', 'Beneficiary: HELLAS AIR CARGO HANDLING A.E.', 'IBAN: ' + codes.fmt_iban(fr), 'Athens, 06/11/2026'],
                     title='Vevaiosi', producer='Microsoft: Print To PDF')
    body = mixed(c, [Text(txt, charset='windows-1253', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'Βεβαίωση_IBAN_Eurobank.pdf', fn_charset='utf-8')])
    message(A, 'el', 'hellas-aircargo-allagi-iban-lookalike', infra=inf, when=w,
            frm=('Γιώργος Δημητρίου', 'g.dimitriou@hellas-aircarqo.gr'), to=S('gr_acc'),
            subject='Αλλαγή τραπεζικού λογαριασμού – Hellas Air Cargo Handling', body=body, hcs='windows-1253', hmode='B',
            what='Cargo subcontractor "changes bank", two invoices to new Eurobank IBAN, bank letter PDF.',
            why='Look-alike hellas-aircarqo.gr ("q" for "g") on a Contabo VPS with Roundcube; real partner mails from hellas-aircargo.gr via its own server; self-made bank confirmation. Hard negative: business 32.')

    # 34 -- Piraeus business e-banking phishing via SendGrid
    w = local('eet', 2026, 11, 27, 9, 11)
    c = Ctx('a34', w)
    inf = I.sendgrid(c.rng, w, 'piraeus-business-alerts.com', S('gr_mgr')[1])
    url = 'https://winbank-business.piraeus-business-alerts.com/el/login'
    txt = ('Τράπεζα Πειραιώς - winbank business\n\nΑγαπητέ πελάτη,\n\nγια λόγους ασφαλείας η πρόσβασή σας στο winbank business έχει περιοριστεί προσωρινά, '
           'καθώς δεν έχει ολοκληρωθεί η επικαιροποίηση στοιχείων (KYC) της επιχείρησης.\n\nΓια να αποφύγετε τη δέσμευση εξερχόμενων πληρωμών, ολοκληρώστε την επικαιροποίηση έως 30/11/2026:\n%s\n\n'
           'Τράπεζα Πειραιώς\n')
    txt = txt % url
    message(A, 'el', 'piraeus-winbank-kyc', infra=inf, when=w,
            frm=('Τράπεζα Πειραιώς', 'alerts@piraeus-business-alerts.com'), to=S('gr_mgr'),
            subject='Περιορισμός πρόσβασης στο winbank business - επικαιροποίηση στοιχείων',
            body=alt(c, txt, html_of(txt).replace(url, '<a href="%s">Επικαιροποίηση στοιχείων</a>' % url), 'iso-8859-7', 'quoted-printable'),
            hcs='iso-8859-7', hmode='B',
            what='"Piraeus Bank" says business e-banking is restricted until KYC update.',
            why='Bank phishing from piraeus-business-alerts.com via SendGrid (not piraeusbank.gr), payment-freeze threat, login link on attacker domain.')

    # 35 -- callback phishing through genuine PayPal invoice
    w = local('eet', 2026, 12, 4, 16, 45)
    c = Ctx('a35', w)
    inf = I.paypal(c.rng, w)
    note = ('Σημείωση πωλητή: Η ετήσια συνδρομή σας Norton 360 Business (10 συσκευές) ανανεώθηκε – 389,99 €. '
            'Αν δεν αναγνωρίζετε αυτή τη χρέωση, καλέστε ΑΜΕΣΑ το τμήμα ακυρώσεων στο +30 211 198 4172 εντός 24 ωρών.')
    txt = ('PayPal\n\nΗ εταιρεία NortonLifeLock Billing Dept σάς έστειλε τιμολόγιο ύψους 389,99 EUR\n\nΑριθμός τιμολογίου: 0041-7728\nΗμερομηνία λήξης: 05/12/2026\n\n'
           + note + '\n\nΠροβολή και πληρωμή τιμολογίου: https://www.paypal.com/invoice/p/#INV2-7QKD-84PL-2XMR-V9TC\n\nPayPal Europe S.à r.l. et Cie, S.C.A.\n')
    message(A, 'el', 'paypal-invoice-callback-norton', infra=inf, when=w,
            frm=('PayPal', 'service@paypal.gr'), to=S('gr_mgr'),
            subject='Νέο τιμολόγιο από NortonLifeLock Billing Dept (0041-7728)',
            body=alt(c, txt, html_of(txt, 'font-family:Helvetica,Arial;font-size:14px'), 'utf-8', 'quoted-printable'),
            hcs='utf-8', hmode='B', return_path='service@intl.paypal.com',
            what='Genuine PayPal invoice e-mail whose seller note is a fake Norton renewal with a phone number.',
            why='Callback phishing abusing a genuine service: headers are PayPal\'s own, but the invoice was created by a fraudulent merchant account; the note pushes the victim to call a number where scammers request remote access/refund "corrections".')

    # 36 -- compromised small supplier otenet.gr account, HTML attachment
    w = local('eet', 2026, 12, 11, 12, 2)
    c = Ctx('a36', w)
    inf = I.otenet(c.rng, w, 'antoniou.st@otenet.gr')
    lure = files.html_login_lure('OneDrive', 'OneDrive – Κοινόχρηστο έγγραφο', 'https://onedrive-share.docview-secure.net/gr/auth.php',
                                 'eleni.georgiou@example.com', 'el', ('Κωδικός πρόσβασης', 'Είσοδος'), 'Συνδεθείτε για να δείτε το τιμολόγιο 1287/2026.')
    txt = ('Καλημέρα σας,\n\nσας αποστέλλουμε συνημμένο το αντίγραφο του τιμολογίου 1287/2026 για τα χημικά καθαρισμού Νοεμβρίου. '
           'Για λόγους ασφαλείας το έγγραφο ανοίγει μέσω OneDrive.\n\nΕυχαριστώ,\nΣταύρος Αντωνίου\nΑΝΤΩΝΙΟΥ ΕΠΕ\n')
    body = mixed(c, [Text(txt, charset='windows-1253', cte='8bit'), Attach(lure.encode(), 'text/html; charset=utf-8', 'Τιμολόγιο_1287_2026.html', fn_charset='utf-8')], 'outlook')
    message(A, 'el', 'antoniou-otenet-html-onedrive', infra=inf, when=w,
            frm=('Σταύρος Αντωνίου', 'antoniou.st@otenet.gr'), to=S('gr_acc'),
            subject='Τιμολόγιο 1287/2026 – αντίγραφο', body=body, hcs='windows-1253', hmode='B',
            what='Known small supplier\'s real otenet.gr mailbox sends "invoice copy" as HTML file.',
            why='Compromised consumer mailbox of a genuine supplier: the attachment is a local HTML OneDrive login form posting to docview-secure.net, pre-filled with the victim\'s address; an invoice would be a PDF. Hard negative: business 34.')

    # 37 -- FNS tax demand with password ZIP, compromised Russian site
    w = local('msk', 2026, 10, 26, 10, 15)
    c = Ctx('a37', w)
    snd = 'info@stroymaster-kaluga.ru'
    inf = I.exim_cpanel(c.rng, w, 'cp12.hostiman.ru', '91.218.229.34', snd, '185.244.182.9', zone='msk')
    inf.msgid = '<%s@stroymaster-kaluga.ru>' % rhex(c.rng, 32)
    z = files.zipfile_bytes([('Требование_18-07_4471.pdf.lnk', files.PLACEHOLDER)], password='4471', when=(2026, 10, 26, 9, 50, 0), seed='a37')
    txt = ('Уважаемый налогоплательщик!\n\nИнспекция Федеральной налоговой службы N 15 по г. Москве направляет Требование о представлении пояснений N 18-07/4471 '
           'по налоговой декларации по НДС за 3 квартал 2026 г. (расхождения по книге покупок, контрагент ООО "АэроТехСнаб").\n\n'
           'Пояснения необходимо представить в течение 5 рабочих дней. Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ '
           'и приостановление операций по счетам.\n\nТребование во вложении, пароль к архиву: 4471\n\nС уважением,\nотдел камеральных проверок N 2\nИФНС России N 15 по г. Москве\n')
    body = mixed(c, [Text(txt, charset='koi8-r', cte='8bit'), Attach(z, 'application/zip', 'Требование_ФНС_18-07_4471.zip', fn_charset='utf-8')])
    message(A, 'ru', 'fns-trebovanie-zip-parol', infra=inf, when=w,
            frm=('ИФНС России N 15 по г. Москве', snd), to=S('ru_acc'),
            subject='Требование о представлении пояснений N 18-07/4471', body=body, hcs='koi8-r', hmode='B', date_zone='msk',
            what='"Tax inspectorate" demand for VAT explanations with password-protected archive.',
            why='FNS demands arrive via the accredited EDI operator (TKS), never as e-mail with archives; sent from a hacked construction-company mailbox on a shared cPanel host; ZIP (ZipCrypto, password in body) contains a ".pdf.lnk" shortcut. Threat of account suspension.')

    # 38 -- supplier bank change from look-alike on Yandex 360
    w = local('msk', 2026, 11, 12, 11, 30)
    c = Ctx('a38', w)
    inf = I.yandex(c.rng, w, 's.morozov@aerotehsnab.ru', web=False)
    inf.msgid = '<%s@aerotehsnab.ru>' % ruuid(c.rng)
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    f = RU['aerotech_fraud']
    txt = ('Добрый день, Ольга!\n\nУведомляем Вас об изменении банковских реквизитов ООО «АэроТехСнаб» с 12.11.2026 в связи с переходом на обслуживание в другой банк. '
           'Просим оплату по счетам № 1184 и № 1197 производить по новым реквизитам:\n\n'
           'Получатель: ООО «АэроТехСнаб»\nИНН %s / КПП %s\nР/с %s\nБанк: %s\nБИК %s\nК/с %s\n\n'
           'Письмо за подписью генерального директора направим оригиналом почтой. Прошу подтвердить получение.\n\n'
           'С уважением,\nСергей Морозов\nкоммерческий директор ООО «АэроТехСнаб»\n' % (f['inn'], f['kpp'], f['acct'], f['bank'], f['bik'], f['corr']))
    message(A, 'ru', 'aerotechsnab-smena-rekvizitov-lookalike', infra=inf, when=w,
            frm=('Сергей Морозов', 's.morozov@aerotehsnab.ru'), to=S('ru_acc'),
            subject='Изменение банковских реквизитов ООО «АэроТехСнаб»', body=Text(txt, charset='windows-1251', cte='quoted-printable'),
            hcs='windows-1251', hmode='B', date_zone='msk',
            what='Supplier announces new bank details (T-Bank) for two open invoices.',
            why='Look-alike aerotehsnab.ru (missing "c") hosted on Yandex 360; the INN in the new details differs from the real supplier\'s INN, i.e. payee is a different legal entity; "original letter by post later". Hard negative: business 37.')

    # 39 -- fake Yandex ID sign-in alert
    w = local('msk', 2026, 11, 30, 22, 48)
    c = Ctx('a39', w)
    inf = I.postfix_host(c.rng, w, 'mail.id-yandex-security.ru', '185-105-108-77.cloudvps.regruhosting.ru', '185.105.108.77', webmail='phpmailer', zone='msk')
    url = 'https://passport.yandex.ru.id-yandex-security.ru/auth/restore?login=dmitry.sokolov'
    txt = ('Яндекс ID\n\nВ ваш аккаунт выполнен вход с нового устройства\n\nУстройство: Windows 10, Chrome 131\nМестоположение: Нидерланды, Амстердам\nIP-адрес: 185.220.101.47\n'
           'Время: 30.11.2026, 22:41 (МСК)\n\nЕсли это были не вы, срочно смените пароль и завершите все сеансы:\n%s\n\nС уважением,\nКоманда Яндекс ID\n' % url)
    message(A, 'ru', 'yandex-id-vhod-lozhnyi', infra=inf, when=w,
            frm=('Яндекс ID', 'noreply@id-yandex-security.ru'), to=S('ru_mgr'),
            subject='Вход в аккаунт с нового устройства', body=alt(c, txt, html_of(txt).replace(url, '<a href="%s">Сменить пароль</a>' % url), 'koi8-r', 'base64', 'php'),
            hcs='utf-8', hmode='B', date_zone='msk',
            what='Fake "Yandex ID" new sign-in alert with a change-password link.',
            why='Sender id-yandex-security.ru on a REG.RU VPS via PHPMailer (real alerts come from id.yandex.ru through Yandex\'s forward* hosts); link host passport.yandex.ru.<attacker domain>. Hard negative: business 38.')

    # 40 -- internal impersonation (office manager) via mail.ru, urgent payment
    w = local('msk', 2026, 12, 7, 11, 12)
    c = Ctx('a40', w)
    inf = I.mailru(c.rng, w, 'd.sokolov.examplegroup@mail.ru')
    bik = '044525411'
    acct = codes.ru_account(bik, '40702810000000028817')
    corr = codes.ru_account(bik, '30101810145250000411', corr=True)
    txt = ('Ольга, добрый день.\n\nЯ на переговорах в Шереметьево, звонить не могу. Нужно сегодня до 16:00 оплатить аванс ООО «СеверАвиаСервис» по счету № 212 от 04.12.2026 '
           'на 1 840 000,00 руб. (в т.ч. НДС), иначе сорвем договор на техобслуживание тягачей.\n\nРеквизиты:\nООО «СеверАвиаСервис», ИНН %s\nР/с %s\nБИК %s\nК/с %s\n\n'
           'Счет пришлю позже, сейчас нет доступа к почте на ноутбуке. Платежку скиньте мне сюда.\n\nДмитрий\n' % (codes.ru_inn10('772104519'), acct, bik, corr))
    message(A, 'ru', 'sokolov-mailru-srochnaya-oplata', infra=inf, when=w,
            frm=('Дмитрий Соколов', 'd.sokolov.examplegroup@mail.ru'), to=S('ru_acc'),
            subject='Срочно оплатить сегодня', body=Text(txt, charset='utf-8', cte='base64'), hcs='utf-8', hmode='B', date_zone='msk',
            what='"Office manager" from a mail.ru box orders an urgent advance payment to an unknown company.',
            why='Internal-executive impersonation from a free mailer, unreachable by phone, invoice "later", unknown payee, deadline same day. Hard negative: business 39 (genuine internal payment request).')
