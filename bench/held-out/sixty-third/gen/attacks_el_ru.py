"""Attack messages 32-40 (Greek 32-36, Russian 37-40)."""
from kit import *
from attacks_it_pl_es import svg_lure

A = 'attack'


def messages():
    out = []

    # ------------------------------------------------------------------ 32 el AADE / myDATA (compromised Plesk host)
    url = 'https://www1.aade.gr.mydata-elegxos.com/taxisnet/mydata/apokliseis?afm=' + org.EG_GR_AFM
    p = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myDATA – Ηλεκτρονικά Βιβλία

Αξιότιμε/η κύριε/κυρία,

Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. (ΑΦΜ %s) εντοπίστηκαν αποκλίσεις μεταξύ εκδότη και λήπτη σε 7 παραστατικά του τρίτου τριμήνου 2026.

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διόρθωση των αποκλίσεων εντός 10 ημερών από την παρούσα ειδοποίηση μπορεί να επιφέρει την επιβολή προστίμου.

Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet για να δείτε τα παραστατικά και να υποβάλετε τις διορθώσεις:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (org.EG_GR_AFM, url)
    out.append(M(name='32-el-tax-authority-mydata-phishing', folder=A, lang='el', t=T(11, 18, 6, 20, 14),
                 mailer=I.postfix('vps-plesk-1187.cloudsite.gr', 'vps-plesk-1187.cloudsite.gr', '185.4.133.71',
                                  submit=('localhost', 'localhost', '127.0.0.1'), auth='info@logistiko-grafeio-larisa.gr',
                                  msgid='roundcube', boundary='roundcube', ua='Roundcube Webmail/1.6.7', tz='EET'),
                 frm=('ΑΑΔΕ - myDATA', 'info@logistiko-grafeio-larisa.gr'), to=[st('eleni.georgiou')],
                 rcpt='eleni.georgiou@examplegroup.eu',
                 subject='Ειδοποίηση: αποκλίσεις στα διαβιβασμένα παραστατικά myDATA – απαιτείται ενέργεια',
                 body=alt(p, 'UTF-8', 'base64'),
                 what='"AADE / myDATA" reports mismatches in transmitted invoices; log in with TAXISnet to correct',
                 why='Credential phishing for TAXISnet logins: sent through the webmail of a hijacked accounting office in Larisa (Plesk host), tax authority as display name, fine threat, link to www1.aade.gr.mydata-elegxos.com (sub-domain trick). AADE does not send login links by e-mail, as the Athens accountant reminds staff (business 34).',
                 technique='Tax-authority lure (AADE/myDATA), compromised small-business webmail',
                 pairs=['34-el-internal-month-end-mydata-reminder']))

    # ------------------------------------------------------------------ 33 el bank KYC with SVG attachment (VPS)
    url = 'https://winbank-business.piraeus-kyc.gr/eparkeia/ananeosi?ref=EGH-9921'
    p = """Αγαπητέ πελάτη,

Σύμφωνα με το ισχύον κανονιστικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες, οι τράπεζες υποχρεούνται να επικαιροποιούν περιοδικά τα στοιχεία των νομικών προσώπων (KYC).

Για τον λογαριασμό της εταιρείας σας EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. η επικαιροποίηση δεν έχει ολοκληρωθεί. Εάν δεν ολοκληρωθεί έως 31/10/2026, η πρόσβαση στο winbank business και η εκτέλεση εξερχόμενων μεταφορών θα περιοριστούν.

Στο συνημμένο έγγραφο θα βρείτε τις οδηγίες και τον σύνδεσμο για την ηλεκτρονική ολοκλήρωση της διαδικασίας.

Με εκτίμηση,
Τράπεζα Πειραιώς
Διεύθυνση Εξυπηρέτησης Επιχειρήσεων
"""
    svg = svg_lure([('Τράπεζα Πειραιώς – winbank business', 22, 'bold'),
                    ('Επικαιροποίηση στοιχείων νομικού προσώπου (KYC)', 17, 'normal'),
                    ('Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. – Προθεσμία: 31/10/2026', 16, 'normal'),
                    ('Συνδεθείτε με τους κωδικούς winbank για να ολοκληρώσετε τη διαδικασία.', 15, 'normal')],
                   'Ολοκλήρωση επικαιροποίησης', url, '#f5a800')
    out.append(M(name='33-el-bank-kyc-update-svg-attachment', folder=A, lang='el', t=T(10, 21, 6, 5, 37),
                 mailer=I.postfix('mail.piraeus-ebusiness.gr', 'vmi2402177.contaboserver.net', '173.212.233.90',
                                  msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1253', hdr_enc='B', tz='EET', extra=[('Content-Language', 'el')]),
                 frm=('Τράπεζα Πειραιώς', 'ebanking@piraeus-ebusiness.gr'), to=[st('nikos.papadopoulos')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='winbank business: εκκρεμεί η επικαιροποίηση στοιχείων της εταιρείας σας',
                 body=multi('mixed', text(p, 'windows-1253', 'quoted-printable'),
                            attachment('image/svg+xml', 'Piraeus_KYC_Odigies.svg', svg.encode('utf-8'))),
                 what='"Piraeus Bank" says the company\'s KYC update is overdue; instructions and link in an SVG',
                 why='Bank credential phishing: look-alike piraeus-ebusiness.gr on a Contabo VPS posing as Outlook, deadline and threat to restrict transfers, the SVG attachment is a clickable image linking to piraeus-kyc.gr.',
                 technique='SVG attachment with link, bank KYC lure (Piraeus winbank), look-alike domain on VPS',
                 pairs=[]))

    # ------------------------------------------------------------------ 34 el venue bank change (look-alike)
    iban = C.gr_iban('026', '0231', '0000450201738861')   # Eurobank
    p = """Καλημέρα κυρία Γεωργίου,

σε συνέχεια του προτιμολογίου που σας στείλαμε, σας ενημερώνουμε ότι λόγω μεταφοράς της συνεργασίας μας στη Eurobank, η προκαταβολή για την εκδήλωση της 12ης Δεκεμβρίου θα πρέπει να κατατεθεί στον νέο λογαριασμό της εταιρείας:

Δικαιούχος: AEGEAN EVENTS Μ.Ι.Κ.Ε.
Τράπεζα: Eurobank
IBAN: %s

Ο παλαιός λογαριασμός στην Εθνική Τράπεζα δεν δέχεται πλέον καταθέσεις. Παρακαλούμε να μας στείλετε το αποδεικτικό της κατάθεσης μέχρι την Παρασκευή, ώστε να κλειδώσουμε οριστικά τον χώρο και το catering.

Λόγω φόρτου εργασίας δεν είμαι διαθέσιμη τηλεφωνικά αυτές τις μέρες. Για οτιδήποτε χρειαστείτε, επικοινωνήστε μαζί μου μέσω email.

Με εκτίμηση,
Μαρία Αλεξίου
Υπεύθυνη Εκδηλώσεων
Aegean Events Μ.Ι.Κ.Ε.
""" % C.grp(iban)
    out.append(M(name='34-el-venue-bank-change-lookalike', folder=A, lang='el', t=T(12, 1, 6, 51, 2),
                 mailer=I.postfix('mail.aegean-events.com', 'vps-9d2e71c4.vps.ovh.net', '57.128.164.203',
                                  submit=('DESKTOP-H4J8S1P', 'unknown', '41.190.3.152'), auth='m.alexiou@aegean-events.com',
                                  msgid='outlook16', boundary='nextpart', xmailer='Microsoft Outlook 16.0',
                                  hdr_charset='windows-1253', hdr_enc='B', tz='EET', extra=[('Content-Language', 'el')]),
                 frm=('Μαρία Αλεξίου', 'm.alexiou@aegean-events.com'), to=[st('eleni.georgiou')],
                 rcpt='eleni.georgiou@examplegroup.eu',
                 subject='ΑΠ: Προτιμολόγιο προκαταβολής - εκδήλωση Melissi 12/12 - νέος λογαριασμός',
                 body=alt(p, 'windows-1253', style='outlook', lang='EL'),
                 what='"Event venue" asks to pay the Christmas-event deposit to a new Eurobank account',
                 why='Payment-diversion BEC: look-alike aegean-events.com (real: aegean-events.gr) on an OVH VPS, submitted from an African IP; follows up on the genuine pro-forma, claims the old account no longer accepts deposits, refuses phone contact. The genuine venue said account unchanged and that changes are always confirmed by phone (business 32).',
                 technique='Venue/supplier bank-detail change, look-alike domain, reply to known pro-forma',
                 pairs=['32-el-venue-proforma-deposit']))

    # ------------------------------------------------------------------ 35 el courier customs fee (VPS)
    url = 'https://eltacourier-paradosi.gr/pliromi/CX482197356GR'
    p = """Αγαπητέ πελάτη,

Η αποστολή με αριθμό CX482197356GR (αποστολέας: SHENZHEN YICHENG GIFTS CO., LTD) βρίσκεται στο Κέντρο Διαλογής Αθηνών σε αναμονή εκτελωνισμού.

Για την ολοκλήρωση της διαδικασίας απαιτείται η καταβολή τελών εκτελωνισμού και ΦΠΑ ύψους 2,90 €. Εάν η πληρωμή δεν ολοκληρωθεί εντός 48 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.

Πληρωμή τελών: %s

Ευχαριστούμε για την προτίμηση,
ΕΛΤΑ Courier Α.Ε.
""" % url
    out.append(M(name='35-el-courier-customs-fee-phishing', folder=A, lang='el', t=T(11, 27, 11, 14, 56),
                 mailer=I.postfix('mail.eltacourier-paradosi.gr', 'srv655102.hstgr.cloud', '89.116.52.140',
                                  msgid='phpmailer', boundary='phpmailer', tz='UTC', hdr_charset='iso-8859-7',
                                  xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('ΕΛΤΑ Courier', 'info@eltacourier-paradosi.gr'), to=[('', 'nikos.papadopoulos@examplegroup.eu')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Η αποστολή σας CX482197356GR βρίσκεται σε αναμονή εκτελωνισμού',
                 body=alt(p, 'iso-8859-7', 'quoted-printable'),
                 what='"ELTA Courier" asks for a EUR 2.90 customs fee for a parcel of promotional gifts from China',
                 why='Card-data phishing: courier look-alike domain on a Hostinger VPS (PHPMailer), tiny fee with 48-hour return threat, payment link on the look-alike domain; plausible because the office imports promotional items.',
                 technique='Courier / customs fee phishing (card data), look-alike domain on VPS',
                 pairs=['36-el-promo-supplier-order-confirmation']))

    # ------------------------------------------------------------------ 36 el compromised freelancer mailbox (Google Sites link)
    url = 'https://sites.google.com/view/kdimitriou-onedrive-share/'
    p = """Γεια σας,

Σας έχω κοινοποιήσει ένα έγγραφο μέσω OneDrive.

Φωτογραφίες_εκδήλωσης_και_τιμολόγιο.pdf

ΠΡΟΒΟΛΗ ΕΓΓΡΑΦΟΥ: %s

Φιλικά,
Κώστας Δημητρίου
Φωτογράφος
""" % url
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:15px">'
         '<p>Γεια σας,</p><p>Σας έχω κοινοποιήσει ένα έγγραφο μέσω OneDrive.</p>'
         '<table style="border:1px solid #ddd;padding:14px"><tr><td>&#128196; <b>Φωτογραφίες_εκδήλωσης_και_τιμολόγιο.pdf</b><br><br>'
         '<a href="%s" style="background:#0078d4;color:#fff;padding:9px 20px;text-decoration:none">ΠΡΟΒΟΛΗ ΕΓΓΡΑΦΟΥ</a></td></tr></table>'
         '<p>Φιλικά,<br>Κώστας Δημητρίου<br>Φωτογράφος</p></div></body></html>\n' % esc(url))
    out.append(M(name='36-el-compromised-freelancer-onedrive-lure', folder=A, lang='el', t=T(11, 29, 19, 37, 20),
                 mailer=I.otenet(client_ip='154.16.192.55'),
                 frm=('Κώστας Δημητρίου', 'k.dimitriou@otenet.gr'), to=[('Κώστας Δημητρίου', 'k.dimitriou@otenet.gr')],
                 rcpt='nikos.papadopoulos@examplegroup.eu',
                 subject='Κοινοποιήθηκε ένα έγγραφο μαζί σας: Φωτογραφίες_εκδήλωσης_και_τιμολόγιο.pdf',
                 body=alt(p, 'UTF-8', 'quoted-printable', html_body=h),
                 what='Known photographer "shares a OneDrive document" with photos and invoice',
                 why='Compromised freelancer mailbox (genuine OTEnet webmail, but logged in from a foreign hosting IP): mass mail addressed to himself with recipients in Bcc, generic text unlike his personal style, "OneDrive" lure whose button goes to a Google Sites page (abused genuine service) leading to a credential form. His genuine mail is personal and uses WeTransfer (business 33).',
                 technique='Compromised partner mailbox (freemail), file-share lure via abused Google Sites, Bcc mass mailing',
                 pairs=['33-el-freelancer-otenet-photos-invoice']))

    # ------------------------------------------------------------------ 37 ru tax office requirement, encrypted ZIP (koi8-r, The Bat!)
    p = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 15 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года, представленной ООО "Экзампл Груп" (ИНН %s), выявила расхождения между сведениями о сделках, отраженными в декларации, и сведениями, представленными контрагентами.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления в налоговую декларацию.

Непредставление пояснений в установленный срок влечет ответственность, предусмотренную статьей 129.1 НК РФ, а также может являться основанием для приостановления операций по счетам.

Требование и перечень расхождений прилагаются. Архив защищен паролем в целях сохранения налоговой тайны, пароль: 08316

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
А. В. Морозова
""" % org.EG_RU_INN
    z = att_zip('Требование_14-27_08316.zip', [('Требование_14-27_08316_перечень_расхождений.pdf.exe', PLACEHOLDER)],
                password='08316', when=(2026, 11, 9, 10, 31, 0), seed='37zip', fn_style='2231')
    out.append(M(name='37-ru-tax-office-requirement-encrypted-zip', folder=A, lang='ru', t=T(11, 9, 7, 40, 33),
                 mailer=I.postfix('mail.nalog-uvedomlenie.ru', 'vm1739452.firstbyte.club', '45.144.31.218',
                                  msgid='thebat', boundary='thebat', xmailer='The Bat! (v11.2.1) Professional',
                                  hdr_charset='koi8-r', hdr_enc='B', tz='MSK'),
                 frm=('УФНС России по Санкт-Петербургу', 'trebovanie@nalog-uvedomlenie.ru'), to=[st('olga.ivanova')],
                 rcpt='olga.ivanova@examplegroup.eu',
                 subject='Требование о представлении пояснений N 14-27/08316 (НДС, 3 квартал 2026 г.)',
                 body=multi('mixed', text(p, 'koi8-r', '8bit'), z),
                 what='"Tax inspectorate" requirement to explain VAT discrepancies; documents in a password-protected archive',
                 why='Malware delivery: the FNS sends requirements through electronic document-flow operators (TKS), not by e-mail from nalog-uvedomlenie.ru; VPS sender; legal threats (art. 88, 129.1, account freeze); ZipCrypto archive with a .pdf.exe double extension, password in the text.',
                 technique='Tax-authority lure (FNS), password-protected ZIP with .exe, look-alike domain on VPS',
                 pairs=[]))

    # ------------------------------------------------------------------ 38 ru ad-marking regulator (ERIR/ORD) phishing
    url = 'https://lk-erir.rkn-ord.ru/account/notice/77-0914?inn=' + org.EG_RU_INN
    p = """Уважаемые коллеги!

По результатам мониторинга Единого реестра интернет-рекламы (ЕРИР) выявлено размещение рекламных материалов без идентификатора рекламы (токена) и без передачи сведений о креативах через оператора рекламных данных за период с 01.09.2026 по 30.09.2026:

Рекламодатель/агентство: ООО «Экзампл Груп», ИНН %s
Количество креативов без токена: 14
Площадки: VK Реклама, Telegram Ads, Яндекс Директ

Нарушение требований статьи 18.1 Федерального закона «О рекламе» влечет административную ответственность по статье 14.3 КоАП РФ, штраф для юридических лиц – до 500 000 рублей за каждый случай.

Для ознакомления с перечнем креативов и представления пояснений в течение 5 рабочих дней войдите в личный кабинет ЕРИР:
%s

Служба мониторинга ЕРИР
Роскомнадзор
""" % (org.EG_RU_INN, url)
    out.append(M(name='38-ru-ad-marking-regulator-erir-phishing', folder=A, lang='ru', t=T(10, 29, 7, 10, 48),
                 mailer=I.postfix('mail.erir-rkn.ru', 'v2207781.hosted-by-vdsina.ru', '185.195.25.166',
                                  msgid='phpmailer', boundary='phpmailer', hdr_charset='windows-1251', hdr_enc='B',
                                  tz='MSK', xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('Роскомнадзор | ЕРИР', 'uvedomlenie@erir-rkn.ru'), to=[st('dmitry.sokolov')],
                 rcpt='dmitry.sokolov@examplegroup.eu',
                 subject='Уведомление о нарушении порядка маркировки интернет-рекламы (ЕРИР) – ООО «Экзампл Груп»',
                 body=alt(p, 'windows-1251', 'quoted-printable'),
                 what='"Roskomnadzor / ERIR" says 14 ad creatives ran without marking token; log in to the ERIR cabinet',
                 why='Trade-specific credential phishing for the Russian ad-marking regime: look-alike erir-rkn.ru on a VPS, fine threat per creative, login link to rkn-ord.ru. Roskomnadzor/ORD do not send login links by mail, as the office manager reminds staff (business 40).',
                 technique='Regulator impersonation (ad-marking ERIR/Roskomnadzor), credential phishing, VPS',
                 pairs=['40-ru-internal-ad-marking-reporting']))

    # ------------------------------------------------------------------ 39 ru Yandex Direct (compromised Yandex 360 SMB)
    url = 'https://direct-yandex.ru-billing.online/pay?login=examplegroup-spb&client=71844032'
    p = """Яндекс Директ

Здравствуйте!

Показы рекламных кампаний в аккаунте examplegroup-spb (клиент 71844032) приостановлены: не удалось списать оплату по счёту № Б-48201776-1 от 20.11.2026 на сумму 186 400,00 ₽.

Чтобы возобновить показы, подтвердите платёжные данные организации в течение 24 часов. По истечении этого срока кампании будут остановлены, а накопленная статистика сброшена.

Подтвердить оплату: %s

С уважением,
команда Яндекс Директа
""" % url
    h = page('Яндекс Директ', """<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;font-size:15px;color:#000">
<div style="padding:18px 0;font-size:20px"><b style="color:#fc3f1d">Я</b>ндекс <b>Директ</b></div>
<p>Здравствуйте!</p>
<p>Показы рекламных кампаний в аккаунте <b>examplegroup-spb</b> (клиент 71844032) приостановлены: не удалось списать оплату по счёту № Б-48201776-1 от 20.11.2026 на сумму <b>186&nbsp;400,00&nbsp;₽</b>.</p>
<p>Чтобы возобновить показы, подтвердите платёжные данные организации в течение 24 часов. По истечении этого срока кампании будут остановлены, а накопленная статистика сброшена.</p>
<p style="margin:26px 0"><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 24px;border-radius:8px;text-decoration:none">Подтвердить оплату</a></p>
<p style="color:#999;font-size:12px">С уважением,<br>команда Яндекс Директа</p></div>""" % esc(url))
    out.append(M(name='39-ru-yandex-direct-billing-phishing', folder=A, lang='ru', t=T(11, 21, 3, 15, 29),
                 mailer=I.yandex(client_ip='193.233.48.12', xmailer=None),
                 frm=('Яндекс Директ', 'info@stroytorg-nord.ru'), to=[('', 'dmitry.sokolov@examplegroup.eu')],
                 rcpt='dmitry.sokolov@examplegroup.eu',
                 subject='Показы рекламных кампаний приостановлены: требуется подтверждение оплаты',
                 body=alt(p, 'utf-8', 'base64', html_body=h),
                 what='"Yandex Direct" says campaigns are paused for a failed payment; confirm within 24 h',
                 why='Ad-platform account phishing: genuine Yandex 360 infrastructure, but the mailbox belongs to an unrelated building-materials firm (compromised), display name "Яндекс Директ", 24-hour threat, link to ru-billing.online. Genuine Yandex mail comes from yandex.ru addresses (business 38).',
                 technique='Ad-platform billing lure (Yandex Direct), compromised SMB mailbox on Yandex 360',
                 pairs=['38-ru-yandex-id-signin-notice-genuine']))

    # ------------------------------------------------------------------ 40 ru print-house bank change (look-alike)
    tb_bik = '044525974'
    acct = C.ru_account(tb_bik, '40702810010001234567')
    p = """Добрый день, Ольга!

Сообщаем, что с 07.12.2026 в связи с переводом расчетного обслуживания в другой банк у ООО «Типография Нева» изменились банковские реквизиты. Просим оплату по счету № 1187 от 09.11.2026 (календари и каталоги, 412 380,00 руб.) и все последующие платежи производить по новым реквизитам:

Получатель: ООО «Типография Нева»
ИНН %s / КПП 781001001
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Письмо об изменении реквизитов за подписью генерального директора направим оригиналом почтой. Старый счет в Сбербанке закрывается, платежи на него будут возвращены.

С уважением,
Бухгалтерия ООО «Типография Нева»
""" % (org.NEVA_INN, acct, tb_bik, C.ru_corr(tb_bik, '30101810045250000974'))
    out.append(M(name='40-ru-print-house-bank-change-lookalike', folder=A, lang='ru', t=T(12, 7, 6, 25, 7),
                 mailer=I.postfix('mail.tipografia-neva.ru', 'unknown', '94.131.106.52', msgid='thebat', boundary='thebat',
                                  xmailer='The Bat! (v10.5.3) Home', hdr_charset='windows-1251', hdr_enc='B', tz='MSK'),
                 frm=('Бухгалтерия ООО «Типография Нева»', 'buh@tipografia-neva.ru'), to=[st('olga.ivanova')],
                 rcpt='olga.ivanova@examplegroup.eu',
                 subject='Изменение банковских реквизитов ООО «Типография Нева»',
                 body=text(p, 'windows-1251', 'quoted-printable'),
                 what='"Print house" announces new bank details and asks to pay the open invoice there',
                 why='Vendor bank-detail fraud: look-alike tipografia-neva.ru (real: tipografiya-neva.ru) from a VPS without rDNS; copies the real INN and invoice number, moves payment to a new T-Bank account (valid BIK key), claims the old account is closing; no phone verification. The genuine invoice lists Sberbank details (business 37).',
                 technique='Supplier bank-detail change, look-alike domain on VPS (Russian accounts with valid BIK key)',
                 pairs=['37-ru-print-house-invoice-genuine']))
    out[-1]['ru_accounts'] = [(tb_bik, acct)]
    return out
