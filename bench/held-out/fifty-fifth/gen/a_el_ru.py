"""Attack messages 32-36 (Greek) and 37-40 (Russian)."""
from common import *
from people import *

F = "attack"
EG_AFM = ids.gr_afm("80164723")


def build(ref):
    # ============================================================ GREEK
    # ------------------------------------------------------------ 32 AADE refund phish (Mailgun)
    link = "https://myaade-gov.com/taxisnet/login?afm=%s&ref=EPST-2026-3-88412" % EG_AFM
    text = dedent("""
        Αγαπητέ/ή φορολογούμενε,

        Μετά την εκκαθάριση της δήλωσης ΦΠΑ γ' τριμήνου 2026 της επιχείρησης με ΑΦΜ %s,
        προκύπτει πιστωτικό υπόλοιπο προς επιστροφή ποσού 1.284,60 €.

        Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης μέσω
        της πλατφόρμας myAADE εντός 5 εργάσιμων ημερών. Σε διαφορετική περίπτωση η επιστροφή
        συμψηφίζεται με μελλοντικές υποχρεώσεις.

        Σύνδεση με τους κωδικούς Taxisnet:
        %s

        Ανεξάρτητη Αρχή Δημοσίων Εσόδων
    """) % (EG_AFM, link)
    paras = ["Αγαπητέ/ή φορολογούμενε,",
             "Μετά την εκκαθάριση της δήλωσης ΦΠΑ γ' τριμήνου 2026 της επιχείρησης με ΑΦΜ <b>%s</b>, "
             "προκύπτει πιστωτικό υπόλοιπο προς επιστροφή ποσού <b>1.284,60 €</b>." % EG_AFM,
             "Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης μέσω της "
             "πλατφόρμας myAADE εντός <b>5 εργάσιμων ημερών</b>."]
    html = brand_html("Επιστροφή φόρου - επιβεβαίωση στοιχείων", "#003476", paras, "Σύνδεση στο myAADE", link,
                      lang="el", charset="iso-8859-7", logo_text="ΑΑΔΕ | myAADE",
                      footer="Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Καρ. Σερβίας 10, 101 84 Αθήνα")
    mail(F, 32, "el", "aade-tax-refund-phish", via=V(sd.mailgun, mg_domain="mg.myaade-gov.com"),
         frm=("ΑΑΔΕ - myAADE", "enimerosi@myaade-gov.com"), to=[ACCGR.a],
         subject="Επιστροφή φόρου 1.284,60 € - απαιτείται επιβεβαίωση IBAN", t=L(11, 13, 10, 22, "GR"),
         hcs="iso-8859-7", body=alt(text, html, "iso-8859-7", "quoted-printable"),
         what="'AADE' (Greek tax authority) announces a VAT refund that requires confirming the IBAN in myAADE.",
         why="Tax-refund credential phishing from myaade-gov.com via Mailgun (AADE uses aade.gr), fake Taxisnet login collecting credentials, bait amount and 5-day deadline.",
         pair="B32")

    # ------------------------------------------------------------ 33 bank 'new device' phish (compromised site)
    link = "https://ebanking-eurobank.gr-secure-login.com/devices/revoke?id=WIN11-8823"
    text = dedent("""
        Αγαπητέ πελάτη,

        Εντοπίσαμε σύνδεση στο Eurobank e-Banking (Business) από νέα συσκευή:

        Συσκευή: Windows 11 - Chrome
        Τοποθεσία: Λάρισα, Ελλάδα
        Ημερομηνία: 18/11/2026 22:41

        Αν δεν ήσασταν εσείς, ακυρώστε άμεσα τη συσκευή για να προστατέψετε τους εταιρικούς σας
        λογαριασμούς. Η πρόσβαση από τη νέα συσκευή θα ενεργοποιηθεί αυτόματα σε 12 ώρες.

        Ακύρωση συσκευής: %s

        Eurobank
    """) % link
    paras = ["Αγαπητέ πελάτη,", "Εντοπίσαμε σύνδεση στο Eurobank e-Banking (Business) από <b>νέα συσκευή</b>:",
             "Συσκευή: Windows 11 - Chrome<br>Τοποθεσία: Λάρισα, Ελλάδα<br>Ημερομηνία: 18/11/2026 22:41",
             "Αν δεν ήσασταν εσείς, ακυρώστε άμεσα τη συσκευή. Η πρόσβαση από τη νέα συσκευή θα "
             "ενεργοποιηθεί αυτόματα σε 12 ώρες."]
    html = brand_html("Νέα συσκευή συνδέθηκε", "#c8102e", paras, "Δεν ήμουν εγώ - Ακύρωση συσκευής", link,
                      lang="el", charset="windows-1253", logo_text="Eurobank",
                      footer="Eurobank Α.Ε., Όθωνος 8, 105 57 Αθήνα")
    mail(F, 33, "el", "bank-new-device-phish",
         via=V(sd.exim_cpanel, server="cloud61.grserver.gr", server_ip="185.138.42.61", client_ip="127.0.0.1",
               client="phpmailer", zone="GR", helo_client="cloud61.grserver.gr",
               envelope="info@tavernaoagiosnikolaos.gr"),
         frm=("Eurobank e-Banking", "info@tavernaoagiosnikolaos.gr"), to=[ACCGR.a],
         subject="Νέα συσκευή συνδέθηκε στο Eurobank e-Banking", t=L(11, 18, 22, 53, "GR"),
         hcs="windows-1253", body=alt(text, html, "windows-1253", "base64"),
         what="'Eurobank' alert about a new device logging into business e-banking.",
         why="Bank credential phishing sent by PHPMailer from a hacked taverna website with a bank display name; link to a look-alike domain (gr-secure-login.com) to capture e-banking credentials and OTP; fear + 12-hour deadline.")

    # ------------------------------------------------------------ 34 thread hijack: compromised subcontractor mailbox
    karag = C["karag"]["people"][0]
    text = (dedent("""
        Καλησπέρα σας κυρία Γεωργίου,

        σχετικά με το τιμολόγιο 312/2026 (συντήρηση κλιματισμού KBP, 2.976,00 €), σας ενημερώνω ότι ο
        λογαριασμός μου στην Εθνική έχει δεσμευτεί προσωρινά λόγω ελέγχου συμμόρφωσης και δεν δέχεται
        καταθέσεις. Παρακαλώ η πληρωμή να γίνει στον νέο μου λογαριασμό στη Eurobank:

        IBAN: %s
        Δικαιούχος: ΚΑΡΑΓΙΑΝΝΗΣ ΓΕΩΡΓΙΟΣ

        Αν γίνεται να πληρωθεί σήμερα ή αύριο, γιατί πρέπει να εξοφλήσω προμηθευτές. Στείλτε μου το
        αποδεικτικό στο email μόλις γίνει. Είμαι σε εργοτάξιο και δεν μπορώ να μιλήσω στο τηλέφωνο.

        Ευχαριστώ πολύ,
        Γιώργος Καραγιάννης

    """) + "%s") % (ids.fmt_iban(KARAG_MULE), ref["B34_quote"])
    mail(F, 34, "el", "thread-hijack-subcontractor-iban",
         via=V(sd.hosted, server="mail-out.otenet.gr", server_ip="83.235.69.31", client_ip="-",
               client_rdns="-", client="roundcube", zone="GR"),
         frm=karag, to=[ACCGR.a], reply_to=(karag[0], "g.karagiannis.ilektrologos@gmail.com"),
         subject="Re: Τιμολόγιο 312/2026 - συντήρηση κλιματισμού KBP", in_reply_to=ref["B34"],
         t=L(11, 24, 19, 12, "GR"), hcs="iso-8859-7", body=Text(text, "iso-8859-7", "8bit"),
         what="The electrical/HVAC subcontractor replies in the invoice thread: his account is blocked, pay invoice 312/2026 to a new Eurobank IBAN.",
         why="Real but compromised otenet.gr mailbox (webmail session, evening), Reply-To silently diverts to a Gmail look-alike, new IBAN differs from the NBG account on the genuine invoice B34, urgency, refuses phone contact - classic thread hijack for payment diversion.",
         pair="B34")

    # ------------------------------------------------------------ 35 courier quishing (SendGrid)
    qpay = "https://eltacourier-gr.com/pay/?t=EL472918365GR"
    qdata, _ = qr_png(qpay)
    paras = ["Αγαπητέ πελάτη,",
             "Η αποστολή σας <b>EL472918365GR</b> βρίσκεται στο κέντρο διαλογής Κρυονερίου και εκκρεμεί η "
             "πληρωμή τελών εκτελωνισμού ύψους <b>1,98 €</b>.",
             "Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας για να ολοκληρώσετε την πληρωμή με κάρτα. "
             "Αν η πληρωμή δεν ολοκληρωθεί εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα."]
    html = brand_html("Εκκρεμεί πληρωμή για την αποστολή σας", "#004b93", paras, lang="el",
                      charset="windows-1253", logo_text="ΕΛΤΑ Courier", img_cid="qrpay01", img_alt="QR",
                      footer="ΕΛΤΑ Courier Α.Ε. - Ταχυμεταφορές")
    text = dedent("""
        Αγαπητέ πελάτη,

        Η αποστολή σας EL472918365GR εκκρεμεί για πληρωμή τελών εκτελωνισμού 1,98 €. Σαρώστε τον κωδικό
        QR του μηνύματος με το κινητό σας για να ολοκληρώσετε την πληρωμή.

        ΕΛΤΑ Courier
    """)
    mail(F, 35, "el", "courier-customs-quishing", via=V(sd.sendgrid, bounce_domain="em1187.eltacourier-gr.com"),
         frm=("ΕΛΤΑ Courier", "info@eltacourier-gr.com"), to=[OFFGR.a],
         subject="Αποστολή EL472918365GR - εκκρεμεί πληρωμή τελών 1,98 €", t=L(12, 2, 9, 37, "GR"),
         hcs="windows-1253",
         body=Multi("alternative", [Text(text, "windows-1253", "quoted-printable"),
                                    related(Text(html, "windows-1253", "quoted-printable", "html"),
                                            png_att(qdata, "elta_qr.png", cid="qrpay01", inline=True))], None),
         qr=[("elta_qr.png", qpay)],
         what="'ELTA Courier' says a parcel is held for 1.98 EUR customs fees, pay by scanning a QR code.",
         why="Quishing for card data: look-alike domain via SendGrid, payment link only inside a PNG QR code (evades URL scanning), small amount, return-to-sender deadline.")

    # ------------------------------------------------------------ 36 genuine SharePoint abused by a compromised tenant
    sharer = ("Κωνσταντίνος Λάμπρου", "k.lambrou@lambrou-techniki.gr")
    link = ("https://lambroutechniki-my.sharepoint.com/:o:/g/personal/k_lambrou_lambrou-techniki_gr/"
            "EaB3kQ9vT1ZHmX0c2rWq8nUBd7yFh4Lk1sP9mJ6tR3eV5w?e=4fG7hJ")
    paras = ["<b>Κωνσταντίνος Λάμπρου</b> κοινοποίησε ένα σημειωματάριο OneNote με εσάς.",
             "«Καλησπέρα σας, σας αποστέλλω την προσφορά για τις ηλεκτρομηχανολογικές εργασίες του KBP και τα "
             "σχέδια. Για προβολή πατήστε Άνοιγμα και συνδεθείτε με τα εταιρικά σας στοιχεία Microsoft 365. "
             "Παρακαλώ επιβεβαιώστε σήμερα.»",
             "<b>KBP_Προσφορά_ΗΜ_2027</b>"]
    html = brand_html("Ο χρήστης Κωνσταντίνος Λάμπρου κοινοποίησε ένα στοιχείο με εσάς", "#036c70", paras,
                      "Άνοιγμα", link, lang="el", logo_text="SharePoint",
                      footer="Αυτό το στοιχείο θα λήξει σε 7 ημέρες.<br>Δήλωση προστασίας προσωπικών δεδομένων "
                             "της Microsoft")
    text = dedent("""
        Κωνσταντίνος Λάμπρου κοινοποίησε ένα σημειωματάριο OneNote με εσάς.

        "Καλησπέρα σας, σας αποστέλλω την προσφορά για τις ηλεκτρομηχανολογικές εργασίες του KBP και
        τα σχέδια. Για προβολή πατήστε Άνοιγμα και συνδεθείτε με τα εταιρικά σας στοιχεία Microsoft 365.
        Παρακαλώ επιβεβαιώστε σήμερα."

        KBP_Προσφορά_ΗΜ_2027
        Άνοιγμα: %s

        Αυτό το στοιχείο θα λήξει σε 7 ημέρες.
    """) % link
    mail(F, 36, "el", "sharepoint-onenote-share-abuse",
         via=V(sd.m365, srv="VI1PR03MB9921", region="eurprd03", srv2="AS2PR03MB8167", mapi=False, service=True,
               extra=[("X-Priority", "3")],
               eop=("EUR03-VI1-obe.outbound.protection.outlook.com",
                    "mail-vi1eur03on2097.outbound.protection.outlook.com", "40.107.103.97")),
         frm=(sharer[0], "no-reply@sharepointonline.com"), reply_to=sharer, to=[OFFGR.a],
         subject="Ο χρήστης Κωνσταντίνος Λάμπρου κοινοποίησε το στοιχείο \"KBP_Προσφορά_ΗΜ_2027\" με εσάς",
         t=L(11, 26, 15, 48, "GR"), body=alt(text, html, "utf-8", "quoted-printable"),
         return_path="no-reply@sharepointonline.com",
         what="Genuine SharePoint sharing notification: an unknown contractor shares a OneNote 'offer' for the KBP site.",
         why="Abuse of a genuine service: a compromised M365 tenant (lambrou-techniki.gr) sends real SharePoint notifications so authentication passes; the shared OneNote page is a lure leading to an AiTM credential page ('sign in with your corporate Microsoft 365 account', 'confirm today'); no relationship with the sender.")

    # ============================================================ RUSSIAN
    # ------------------------------------------------------------ 37 fake tax demand, password ZIP
    pw = "1807"
    inner = ["Требование_15-07-18234.pdf.lnk", "Расхождения_НДС_3кв2026.xls.lnk"]
    z = docs.zip_files([(n, ph(n)) for n in inner], password=pw, seed="a37", dt=(2026, 11, 12, 10, 3, 0))
    text = dedent("""
        Уважаемый налогоплательщик!

        Межрайонная ИФНС России N 15 по Санкт-Петербургу в соответствии со статьёй 88 Налогового
        кодекса Российской Федерации по результатам камеральной налоговой проверки декларации по НДС
        за 3 квартал 2026 года направляет требование о представлении пояснений N 15-07/18234 от
        12.11.2026.

        Пояснения необходимо представить в течение пяти рабочих дней. Непредставление пояснений
        влечёт ответственность по статье 129.1 НК РФ, а неисполнение обязанности по передаче
        квитанции о приёме - приостановление операций по счетам (п. 3 ст. 76 НК РФ).

        Требование и перечень выявленных расхождений находятся во вложении. В целях сохранения
        налоговой тайны архив защищён паролем: %s

        Отдел камеральных проверок N 2
        Межрайонная ИФНС России N 15 по Санкт-Петербургу
    """) % pw
    mail(F, 37, "ru", "fake-tax-demand-password-zip",
         via=V(sd.vps, helo="mail.nalog-trebovanie.ru", rdns="vds2418807.my-ihor.ru", ip="193.124.117.84",
               client="none", zone="RU", mta="Exim"),
         frm=("ИФНС России N 15 по Санкт-Петербургу", "trebovanie@nalog-trebovanie.ru"), to=[ACCRU.a],
         subject="Требование о представлении пояснений N 15-07/18234", t=L(11, 12, 10, 4, "RU"),
         hcs="koi8-r",
         body=mixed(Text(text, "koi8-r", "quoted-printable"),
                    Attachment(z, "application/zip", "Требование_15-07-18234.zip", name_style="2047",
                               name_charset="koi8-r")),
         what="'Tax inspectorate' demand for explanations on the Q3 VAT return, documents in a password-protected ZIP.",
         why="Tax-authority malspam: the FNS sends demands via the EDI operator (TKS), not by e-mail from nalog-trebovanie.ru; encrypted archive with the password in the body to defeat scanning; contents are .pdf.lnk / .xls.lnk shortcuts (inert placeholders); threat of account freeze.",
         pair="B37", zip_pw=pw)

    # ------------------------------------------------------------ 38 subcontractor bank change, look-alike free mail
    m = VOLKOV_MULE
    text = dedent("""
        Добрый день, Ольга!

        В связи со сменой обслуживающего банка направляю новые реквизиты ИП Волков С.А. для оплаты
        счёта № 47 от 25.11.2026 на 86 400 руб. (мойка фасада и остекления, БЦ «Невский Плаза»):

        Получатель: ИП Волков Сергей Андреевич
        ИНН %s
        р/с %s
        Банк: %s
        БИК %s
        к/с %s

        Счёт в Сбербанке закрываю, оплату на него не делайте, пожалуйста. Письмо о смене реквизитов
        с подписью и печатью привезу позже. Если можно, оплатите до пятницы - мне нужно рассчитаться
        с альпинистами.

        Спасибо!
        С уважением,
        Сергей Волков
    """) % (VOLKOV["inn"], m["acct"], m["bank"], m["bik"], m["corr"])
    mail(F, 38, "ru", "subcontractor-bank-change-lookalike",
         via=V(sd.yandex, client="thebat"), frm=("Сергей Волков", "volkov.kliningg@yandex.ru"), to=[ACCRU.a],
         subject="Новые реквизиты ИП Волков С.А.", t=L(11, 26, 18, 33, "RU"), hcs="windows-1251",
         body=Text(text, "windows-1251", "base64"),
         what="Facade-cleaning subcontractor 'Volkov' sends new bank details for invoice No. 47.",
         why="Look-alike Yandex address volkov.kliningg@ (real: volkov.klining@, see B38), different mail client than usual, new account at another bank (BIK/account valid), old account 'closed', signed letter 'later', payment pressure.",
         pair="B38")

    # ------------------------------------------------------------ 39 EDI (Diadoc) credential phish
    link = "https://diadoc-kontur.ru/auth/login?returnUrl=%2Fdocuments%2F8f3c2a71-5e4b"
    paras = ["Здравствуйте!",
             "ООО «Невская Недвижимость» отправило вам документ, требующий подписи:",
             "<b>Дополнительное соглашение № 3 к договору № 47/2025</b><br>(изменение стоимости услуг с "
             "01.01.2027)",
             "Срок подписания - 3 рабочих дня. Для просмотра войдите в Диадок."]
    html = brand_html("Вам поступил документ на подпись", "#f57b20", paras, "Открыть документ", link,
                      lang="ru", charset="windows-1251", logo_text="Контур.Диадок",
                      footer="АО «ПФ «СКБ Контур», 620144, Екатеринбург, ул. Народной воли, 19а")
    text = dedent("""
        Здравствуйте!

        ООО «Невская Недвижимость» отправило вам документ, требующий подписи:
        Дополнительное соглашение № 3 к договору № 47/2025 (изменение стоимости услуг с 01.01.2027)

        Открыть документ: %s

        Контур.Диадок
    """) % link
    mail(F, 39, "ru", "edi-diadoc-credential-phish",
         via=V(sd.vps, helo="mail.diadoc-kontur.ru", rdns="vds-cx91473.timeweb.ru", ip="92.53.96.147",
               client="none", zone="RU"),
         frm=("Контур.Диадок", "noreply@diadoc-kontur.ru"), to=[OFFRU.a],
         subject="Вам поступил документ на подпись от ООО «Невская Недвижимость»", t=L(12, 4, 9, 2, "RU"),
         hcs="windows-1251", body=alt(text, html, "windows-1251", "quoted-printable"),
         what="'Kontur.Diadoc' notification of a contract amendment from the customer Nevsky Plaza awaiting signature.",
         why="EDI-platform phishing: look-alike diadoc-kontur.ru on a Timeweb VDS (real notices come from Kontur's servers as in B40), link to a fake Diadoc login to steal credentials/e-signature access; uses a real customer name as bait.",
         pair="B40")

    # ------------------------------------------------------------ 40 Yandex ID phish (SES)
    link = "https://passport-yandex.id-security-check.ru/auth/challenge?login=aleksei.smirnov%40example.com"
    paras = ["Здравствуйте, Алексей!",
             "В ваш аккаунт <b>aleksei.smirnov@example.com</b> выполнен вход с нового устройства:",
             "Windows 10 · Яндекс Браузер<br>Новосибирск, IP 94.25.171.44<br>24.11.2026, 03:12 (МСК)",
             "Если это были не вы, подтвердите владение аккаунтом. Иначе через 24 часа доступ к аккаунту "
             "будет временно ограничен."]
    html = brand_html("Вход с нового устройства", "#fc3f1d", paras, "Это был не я", link, lang="ru",
                      logo_text="Яндекс ID", footer="© 2026 ООО «Яндекс»")
    text = dedent("""
        Здравствуйте, Алексей!

        В ваш аккаунт aleksei.smirnov@example.com выполнен вход с нового устройства:
        Windows 10, Яндекс Браузер, Новосибирск, IP 94.25.171.44, 24.11.2026 03:12 (МСК).

        Если это были не вы, подтвердите владение аккаунтом: %s

        Команда Яндекс ID
    """) % link
    mail(F, 40, "ru", "yandex-id-credential-phish", via=V(sd.ses, region="us-east-1", java=False, client_ip="3.91.204.18",
               client_rdns="ec2-3-91-204-18.compute-1.amazonaws.com"),
         frm=("Яндекс ID", "security@yandex-id-notify.ru"), to=[OFFRU.a],
         subject="Вход в аккаунт с нового устройства", t=L(11, 24, 8, 40, "RU"),
         body=alt(text, html, "utf-8", "base64"),
         what="'Yandex ID' new-device alert demanding confirmation of account ownership.",
         why="Credential phishing: look-alike yandex-id-notify.ru via Amazon SES (genuine Yandex notices come from Yandex's own servers, B39), link to a fake passport page; restriction threat within 24 hours.",
         pair="B39")
