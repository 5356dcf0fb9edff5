"""Attack messages 32-40 (Greek, Russian)."""
from common import *

GR_MULE = util.iban('GR', '014' + '0125' + '0012002178443951')
BIK_M = '044525974'   # Tinkoff-like BIK pattern (fictitious use)
KS_M = util.ru_account(BIK_M, '30101810145250000974', corr=True)
RS_M = util.ru_account(BIK_M, '40702810010001748236')
INN_S = util.ru_inn10('781402715')

MSGS = []
A = MSGS.append

# 32 ------------------------------------------------------------------ AADE myDATA via SES
u32 = 'https://www1.aade.gr.mydata-elegxos.com/taxisnet/login?afm=801947236'
t32 = '''ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία myDATA

Αξιότιμε/η κύριε/κυρία,

Κατά τη διασταύρωση των διαβιβασμένων παραστατικών του Γ' τριμήνου 2026 εντοπίστηκαν αποκλίσεις μεταξύ εκδότη και λήπτη για 14 παραστατικά (συνολική καθαρή αξία 38.412,70 €).

Παρακαλούμε να προβείτε σε έλεγχο και διόρθωση των αποκλίσεων εντός 5 εργάσιμων ημερών, διαφορετικά θα εκδοθεί πράξη επιβολής προστίμου σύμφωνα με το άρθρο 54 του ν. 4987/2022.

Είσοδος με κωδικούς TAXISnet:
%s

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης - ΑΑΔΕ''' % u32
A(M('el', 'aade-mydata-apokliseis-ses', ('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata.gr.com'), [who('gr_acc')],
    'Αποκλίσεις παραστατικών myDATA - Απαιτείται ενέργεια', T(2026, 10, 23, 9, 18, tz='GR'), esp('ses'),
    altpart(t32, 'iso-8859-7', 'quoted-printable'),
    'Fake AADE myDATA (Greek e-books/e-invoicing) notice of invoice mismatches via Amazon SES; TAXISnet login on aade.gr.mydata-elegxos.com.',
    'Tax-portal credential phishing: AADE sends from aade.gr, domain uses the subdomain trick, fine threat with deadline. Hard negative: business 34.', hcs='iso-8859-7', tz='GR'))

# 33 ------------------------------------------------------------------ ELTA customs fee
u33 = 'https://elta-courier.gr-teloneio.com/pay?tr=EL488210937GR'
t33 = '''ΕΛΤΑ Courier

Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό EL488210937GR παραμένει στο Κέντρο Διαλογής Θεσσαλονίκης λόγω εκκρεμών τελωνειακών τελών (2,99 €).

Για να προγραμματιστεί εκ νέου η παράδοση, παρακαλούμε εξοφλήστε τα τέλη εντός 48 ωρών:
%s

Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

ΕΛΤΑ Courier Α.Ε.''' % u33
A(M('el', 'elta-courier-telonio-teli', ('ΕΛΤΑ Courier', 'noreply@mpakaliko-kalamaria.gr'), [who('gr_mgr')],
    'Η αποστολή σας EL488210937GR βρίσκεται σε αναμονή', T(2026, 11, 20, 13, 2, tz='GR'), vps('gr-srv37.dnshost.gr', '91.132.145.37', '91.132.145.37', mid='php', rdns='gr-srv37.dnshost.gr', helo='gr-srv37.dnshost.gr', tz='GR'),
    altpart(t33, 'windows-1253', 'base64'),
    'ELTA Courier customs-fee lure sent by PHPMailer from a compromised Greek grocery website; card-payment page on a look-alike host.',
    'Card phishing: tiny customs fee, sender domain unrelated to ELTA, link on gr-teloneio.com. Hard negative: business 35.', hcs='windows-1253', tz='GR'))

# 34 ------------------------------------------------------------------ supplier IBAN look-alike
t34 = '''Καλημέρα σας κυρία Γεωργίου,

Σας ενημερώνουμε ότι λόγω μεταφοράς του κύριου λογαριασμού της εταιρείας μας, από 01/12/2026 οι πληρωμές των τιμολογίων μας θα πρέπει να γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: ΝΙΚΟΛΑΪΔΗΣ ΤΡΟΦΙΜΑ Α.Ε.
IBAN: %s
Τράπεζα: Alpha Bank

Παρακαλούμε επιβεβαιώστε μας με e-mail την ενημέρωση των στοιχείων σας. Το τιμολόγιο ΤΔΑ 4417 (6.284,30 €) που λήγει την Παρασκευή παρακαλούμε να εξοφληθεί ήδη στον νέο λογαριασμό.

Με εκτίμηση,
Λογιστήριο
Νικολαΐδης Τρόφιμα Α.Ε.''' % util.fmt_iban(GR_MULE)
A(M('el', 'nikolaidis-allagi-iban-lookalike', ('Νικολαΐδης Τρόφιμα - Λογιστήριο', 'logistirio@nikolaidis-food.gr'), [who('gr_acc')],
    'Αλλαγή τραπεζικού λογαριασμού - ΝΙΚΟΛΑΪΔΗΣ ΤΡΟΦΙΜΑ Α.Ε.', T(2026, 11, 26, 10, 44, tz='GR'), vps('mail.nikolaidis-food.gr', '45.86.229.12', '45.86.229.12', mid='outlook', rdns='45-86-229-12.static.hostiko.network', tz='GR'),
    text(t34, 'plain', 'utf-8', '8bit'),
    'Look-alike nikolaidis-food.gr (real supplier: nikolaidis-foods.gr) announces a new IBAN and asks that the invoice due Friday be paid there.',
    'Vendor bank-detail fraud: one-letter domain difference, change confirmed only by e-mail, immediate payment pressure. Hard negative: business 32.', tz='GR'))

# 35 ------------------------------------------------------------------ voicemail HTML attachment
h35 = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voice Message</title>
<style>body{font-family:"Segoe UI",Arial;background:#f3f2f1}.b{width:400px;margin:70px auto;background:#fff;padding:32px}
input{width:100%;padding:8px;margin:8px 0}button{background:#0067b8;color:#fff;border:0;padding:8px 28px}</style></head>
<body><div class="b"><h3>&#9654; &Phi;&omega;&nu;&eta;&tau;&iota;&kappa;&#972; &mu;&#942;&nu;&upsilon;&mu;&alpha; (00:47)</h3>
<p>&Sigma;&upsilon;&nu;&delta;&epsilon;&theta;&epsilon;&#943;&tau;&epsilon; &gamma;&iota;&alpha; &nu;&alpha; &alpha;&kappa;&omicron;&#973;&sigma;&epsilon;&tau;&epsilon; &tau;&omicron; &mu;&#942;&nu;&upsilon;&mu;&alpha;.</p>
<form method="post" action="https://voice-m365.msg-player.xyz/gr/auth.php"><input type="email" name="u" value="dimitris.papadopoulos@example.com">
<input type="password" name="p" placeholder="&Kappa;&omega;&delta;&iota;&kappa;&#972;&sigmaf;"><button>&Epsilon;&#943;&sigma;&omicron;&delta;&omicron;&sigmaf;</button></form></div>
<!-- inert test corpus: no script --></body></html>
'''
t35 = '''Έχετε νέο φωνητικό μήνυμα

Από: +30 2310 55xxxx
Διάρκεια: 00:47
Ημερομηνία: 03/12/2026 11:52

Το μήνυμα επισυνάπτεται. Ανοίξτε το συνημμένο για ακρόαση.

Microsoft 365 Voice'''
A(M('el', 'fonitiko-minima-html-m365', ('Microsoft 365 Voice', 'voicemail@kataskeves-rigas.gr'), [who('gr_mgr')],
    'Νέο φωνητικό μήνυμα από +30 2310 55xxxx (00:47)', T(2026, 12, 3, 11, 55, tz='GR'), o365(lang='el-GR', region='eurprd09', obe='EUR01-HE1'),
    multi('mixed', text(t35, 'plain', 'iso-8859-7', 'base64'), att(h35.encode(), 'text/html', 'VM_00-47_0312.htm')),
    'Voicemail lure from a compromised construction company\'s Microsoft 365 tenant; HTML attachment is a Microsoft login pre-filled with the victim address.',
    'HTML-attachment credential phishing: voicemails are audio, not login forms; sender domain unrelated; form posts to msg-player.xyz. Hard negative: business 10 (real Microsoft notice).',
    hcs='iso-8859-7', tz='GR'))

# 36 ------------------------------------------------------------------ copyright lure, Google Drive
t36 = '''Καλησπέρα σας,

Ονομάζομαι Νίκος Καραγιάννης και είμαι επαγγελματίας φωτογράφος τροφίμων. Διαπίστωσα ότι στη σελίδα σας στο Instagram και στο μενού της ιστοσελίδας του εστιατορίου σας στη Θεσσαλονίκη χρησιμοποιούνται 6 φωτογραφίες μου χωρίς άδεια.

Έχω συγκεντρώσει τα αρχεία, τα στοιχεία πρωτότυπης δημοσίευσης και τις ημερομηνίες λήψης εδώ:
https://drive.google.com/file/d/1qT7vX3Lm9Kp2zR8sW4nB6yH0cF5gJ1aE/view?usp=sharing

Σας παρακαλώ να τις αφαιρέσετε εντός 3 ημερών ή να επικοινωνήσετε μαζί μου για αδειοδότηση. Σε αντίθετη περίπτωση θα κινηθώ νομικά και θα ενημερώσω τη Meta και την Google.

Νίκος Καραγιάννης
Food Photography'''
A(M('el', 'pneumatika-dikaiomata-google-drive', ('Νίκος Καραγιάννης', 'nikos.karagiannis.foodphoto@gmail.com'), [who('gr_mgr')],
    'Παραβίαση πνευματικών δικαιωμάτων - φωτογραφίες εστιατορίου', T(2026, 12, 8, 20, 14, tz='GR'), gmail(),
    altpart(t36, 'utf-8', 'quoted-printable'),
    'Copyright-infringement lure for a restaurant (food photographer) from Gmail; "evidence" is a Google Drive file (abused legitimate service) that delivers an infostealer archive.',
    'Known Rhadamanthys/Lumma delivery pattern: legal threat + Drive link to an archive; the only domain is trusted, so URL reputation passes.', tz='GR'))

# 37 ------------------------------------------------------------------ FNS demand, encrypted zip
t37 = '''Уважаемый налогоплательщик!

Межрайонная ИФНС России N 17 по Санкт-Петербургу в соответствии со ст. 88 и 93 НК РФ направляет в адрес ООО "Экзампл Груп Рус" требование о представлении пояснений и документов N 17-24/08813 от 20.11.2026 по декларации по НДС за 3 квартал 2026 года.

Ответ необходимо представить в течение 5 рабочих дней. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ.

Документы во вложении защищены паролем в целях защиты налоговой тайны.
Пароль: 0881317

С уважением,
Отдел камеральных проверок N 2'''
z37 = util.zip_crypto([('Trebovanie_17-24_08813_ot_20.11.2026.pdf.exe', util.PLACEHOLDER),
                       ('Perechen_dokumentov.xlsx.scr', util.PLACEHOLDER)], '0881317', 'a37')
A(M('ru', 'fns-trebovanie-zip-parol', ('Межрайонная ИФНС России N 17', 'trebovanie@nalog-uvedomleniya.ru'), [who('ru_acc')],
    'Требование о представлении пояснений N 17-24/08813', T(2026, 11, 20, 10, 6, tz='RU'), vps('mail.nalog-uvedomleniya.ru', '95.164.86.201', '95.164.86.201', mid='generic', rdns='unknown', tz='RU', helo='mail.nalog-uvedomleniya.ru'),
    multi('mixed', text(t37, 'plain', 'koi8-r', 'quoted-printable'), att(z37, 'application/zip', 'Trebovanie_17-24_08813.zip')),
    'Fake Russian tax-office (FNS) demand for VAT explanations; password-protected ZipCrypto archive with .pdf.exe and .xlsx.scr placeholders.',
    'Malware delivery: FNS requests arrive via the operator of electronic document flow (TKS) with an e-signature, not as encrypted ZIPs from nalog-uvedomleniya.ru; double extensions.', hcs='koi8-r', tz='RU'))

# 38 ------------------------------------------------------------------ supplier requisites change
t38 = '''Добрый день, Ольга!

Информируем Вас об изменении банковских реквизитов ООО «СеверПродукт» с 01.12.2026 в связи с переводом расчётного обслуживания.

Новые реквизиты:
ООО «СеверПродукт»
ИНН %s / КПП 781401001
р/с %s
в АО «ТБанк», г. Москва
к/с %s
БИК %s

Просим все платежи по счетам № 2417, 2433 и 2458 производить по новым реквизитам. Официальное письмо за подписью генерального директора во вложении. Прошу подтвердить получение ответным письмом.

С уважением,
Бухгалтерия ООО «СеверПродукт»
тел. +7 (812) 309-41-17''' % (INN_S, RS_M, KS_M, BIK_M)
A(M('ru', 'severprodukt-smena-rekvizitov-lookalike', ('ООО «СеверПродукт» бухгалтерия', 'buh@severproduct.ru'), [who('ru_acc')],
    'Изменение банковских реквизитов ООО «СеверПродукт»', T(2026, 11, 27, 11, 38, tz='RU'), vps('mx.severproduct.ru', '188.120.228.61', '188.120.228.61', mid='<%d.20261127113812@severproduct.ru>' % 1794630518, ua='The Bat! (v11.0.3) Professional', rdns='188-120-228-61.firstbyte.ru', tz='RU'),
    multi('mixed', text(t38, 'plain', 'windows-1251', 'base64'),
          pdfatt('Pismo_smena_rekvizitov.pdf', ['#OOO SeverProdukt', 'INN ' + INN_S + ' / KPP 781401001', '', 'Izmenenie bankovskih rekvizitov s 01.12.2026',
                 'r/s ' + RS_M, 'k/s ' + KS_M, 'BIK ' + BIK_M, '', 'Generalnyi direktor ____________'])),
    'Look-alike severproduct.ru ("c" for "k") sent with The Bat! from a VPS announces new bank requisites (valid BIK/account control keys) and asks that three open invoices be paid there.',
    'Vendor bank-detail fraud: one-letter domain difference, different bank, confirmation by e-mail only. Hard negative: business 37.', hcs='windows-1251', tz='RU'))

# 39 ------------------------------------------------------------------ Rospotrebnadzor, HTML attachment with RFC 2231 name
h39 = '''<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Документ защищён</title>
<style>body{font-family:Arial;background:#eef1f5}.b{width:420px;margin:70px auto;background:#fff;padding:30px;border-radius:6px}
input{width:100%;padding:9px;margin:6px 0}button{background:#fc3f1d;color:#fff;border:0;padding:10px 26px}</style></head>
<body><div class="b"><h3>Решение о проведении внеплановой проверки N 78-00-09/1744</h3>
<p>Для просмотра документа подтвердите адрес электронной почты организации.</p>
<form method="post" action="https://docs-view.rpn-spb.online/auth"><input name="login" value="olga.vasileva@examplegroup.eu">
<input type="password" name="password" placeholder="Пароль от почты"><button>Открыть документ</button></form></div>
<!-- inert test corpus: no script --></body></html>
'''
t39 = '''Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека по г. Санкт-Петербургу

В связи с поступившим обращением о нарушении санитарно-эпидемиологических требований на предприятии общественного питания (столовая бизнес-центра, Лиговский пр., 50) направляем решение о проведении внеплановой выездной проверки.

Решение и перечень запрашиваемых документов - во вложении. Просим обеспечить присутствие уполномоченного представителя.

Отдел надзора за питанием населения'''
A(M('ru', 'rospotrebnadzor-proverka-html-vlozhenie', ('Управление Роспотребнадзора по г. Санкт-Петербургу', 'info@stroymaster-spb.ru'), [who('ru_acc')],
    'Решение о проведении внеплановой проверки N 78-00-09/1744', T(2026, 12, 4, 9, 12, tz='RU'), vps('vh112.spaceweb.ru', '77.222.40.112', '77.222.40.112', mid='generic', rdns='vh112.spaceweb.ru', helo='vh112.spaceweb.ru', mta='Exim', tz='RU'),
    multi('mixed', altpart(t39, 'windows-1251', 'quoted-printable'), att(h39.encode(), 'text/html', 'Решение_о_проверке_1744.html', name_cs='utf-8')),
    'Regulator lure (Rospotrebnadzor unscheduled inspection of a canteen) from a compromised construction-company mailbox on shared hosting; HTML attachment with a Russian-language login pre-filled with the victim address.',
    'Credential phishing: authority decisions are delivered via ERKNM/Gosuslugi, not HTML forms from stroymaster-spb.ru; form posts to rpn-spb.online. Hard negative: business 40.', tz='RU'))

# 40 ------------------------------------------------------------------ fake boss / FSB pretext
t40 = '''Андрей, добрый день.

Сегодня с вами свяжется Павел Игоревич Миронов, он курирует вопросы проверки наших контрагентов по линии ФСБ и ЦБ. По нашей петербургской компании есть подозрение на попытку вывода средств через одного из поставщиков.

Прошу оказать ему полное содействие и выполнять его указания. Информация строго конфиденциальна - никому в офисе, в том числе Ольге, не сообщайте до окончания проверки. Мне не звоните, я на переговорах, связь только по почте.

Юрген Бём'''
A(M('ru', 'feikovyi-rukovoditel-fsb-yandex', ('Юрген Бём', 'jurgen.boehm.exgroup@yandex.ru'), [who('ru_mgr')],
    'Конфиденциально', T(2026, 12, 10, 8, 41, tz='RU'), yandex('176.59.44.201'),
    text(t40, 'plain', 'koi8-r', '8bit'),
    '"Fake boss" pretext common in Russia: the CEO (from a Yandex free-mail address) announces a call from an "FSB/Central Bank curator" and orders secrecy; the phone call then talks the victim into transfers.',
    'Vishing set-up: impersonated executive on free mail, authority figure, secrecy including the accountant, no phone verification allowed.', hcs='koi8-r', tz='RU'))
