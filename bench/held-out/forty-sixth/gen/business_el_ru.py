"""Genuine business mail: Greek (32-36) and Russian (37-40)."""
import banking as bk
import docs
from company import *
from infra import (exchange_internal, google_service, hosting_postfix, otenet, yandex, yandex_service)
from message import (alt, att, compose, mixed, outlook_alt, plain2html_simple)
from mime import Text
from util import hexs, rng, utc

F = "business"


def b32():
    text = """Καλησπέρα Ελένη,

για το κλείσιμο του Νοεμβρίου:

1. Έχω περάσει τους χαρακτηρισμούς εξόδων στο myDATA μέχρι και τις 15/11. Μένουν τα τιμολόγια της Βαμβακουργίας (3384) και του Δημητρίου, που δεν έχουν διαβιβαστεί ακόμη από τους εκδότες – θα τα ελέγξω ξανά την Παρασκευή.
2. Οι αποκλίσεις που βλέπεις στην καρτέλα «Έσοδα» αφορούν τα πιστωτικά της Example GmbH (ενδοκοινοτικά) και διορθώνονται από εμάς.
3. Για την ΑΑΔΕ μπαίνουμε εμείς με τους κωδικούς του γραφείου (εξουσιοδότηση λογιστή). Δεν χρειάζεται να μου στείλεις ποτέ κωδικούς TAXISnet με email.

Στείλε μου όταν μπορείς το αντίγραφο κίνησης της Eurobank για τον Νοέμβριο.

Φιλικά,
Μαρία

--
Μαρία Καραγιάννη
Λογιστικό Γραφείο Καραγιάννη
Εγνατίας 112, 546 30 Θεσσαλονίκη · 2310 268 441
"""
    compose(F, 32, "el", "logistis-mydata-xaraktirismoi", hosting_postfix, utc(2026, 11, 19, 15, 2),
            GR_ACC.addr, ("Μαρία Καραγιάννη", "m.karagianni@karagianni-logistiki.gr"), [GR_ACC.t],
            "myDATA – χαρακτηρισμοί εξόδων Νοεμβρίου",
            lambda B: Text(text, "plain", "iso-8859-7", "quoted-printable", flowed=True), hcs="iso-8859-7", henc="B",
            pkw=dict(host="mail.karagianni-logistiki.gr", ip="185.4.133.%d" % 77, mua="tb", lang="el", zone="EET"),
            what="External accountant's note on myDATA classifications",
            why="Known accountant's own domain, discusses real suppliers, states she uses her own authorised access and never asks for TAXISnet credentials; no links.",
            neg_of=[32])


def b33():
    tim, total = docs.invoice_pdf(
        "el", ["Βαμβακουργία Μακεδονίας Α.Ε.", "ΒΙΠΕ Νάουσας, 592 00 Νάουσα", "ΑΦΜ %s - ΔΟΥ Βέροιας" % VAMV_AFM],
        ["Example Hellas Μονοπρόσωπη Ε.Π.Ε.", "26ης Οκτωβρίου 64, 546 27 Θεσσαλονίκη", "ΑΦΜ %s" % EXAMPLE_GR_AFM],
        "ΤΠ-Α 3384", "30/10/2026",
        [("Ύφασμα drill 100% βαμβάκι 270 g/m², navy", 2400, "m", 4.35),
         ("Ύφασμα canvas 320 g/m², χακί", 900, "m", 5.10)], 24,
        ["Τράπεζα Πειραιώς - IBAN %s" % bk.fmt_iban(VAMV_IBAN)], "Πίστωση 45 ημερών",
        producer="SoftOne", creator="Soft1 Series 5", extra=["MARK myDATA: 400001931274418"])
    text = """Καλημέρα σας κα Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠ-Α 3384 για την παράδοση της 28/10 (drill navy και canvas χακί).

Σύνολο: %s – πίστωση 45 ημερών, στον γνωστό λογαριασμό της Τράπεζας Πειραιώς.
Το παραστατικό έχει ήδη διαβιβαστεί στο myDATA (ΜΑΡΚ 400001931274418).

Με εκτίμηση,

Γιώργος Αντωνίου
Λογιστήριο / Πωλήσεις
Βαμβακουργία Μακεδονίας Α.Ε.
ΒΙΠΕ Νάουσας – Τηλ. 23320 41 220
""" % docs.money(total, "el")
    compose(F, 33, "el", "vamvakourgia-timologio-3384", hosting_postfix, utc(2026, 10, 30, 9, 11),
            GR_ACC.addr, ("Γιώργος Αντωνίου", "g.antoniou@vamvakourgia.gr"), [GR_ACC.t],
            "Τιμολόγιο ΤΠ-Α 3384 – ύφασμα drill & canvas",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "windows-1253", lang="EL"),
                            att(tim, "application/pdf", "TPA_3384.pdf")),
            cc=[GR_MGR.t], hcs="windows-1253", henc="B",
            pkw=dict(host="mail.vamvakourgia.gr", ip="62.103.22.%d" % 148, lang="el", zone="EET"),
            what="Greek fabric supplier's invoice",
            why="Supplier's own domain/server, invoice with myDATA MARK, usual Piraeus account, expected delivery.")


def b34():
    text = """Ελένη καλημέρα,

μίλησα πριν λίγο με τον κ. Αντωνίου της Βαμβακουργίας. Για να φορτώσουν αύριο το drill για την παραγγελία του Δήμου Καλαμαριάς, θέλουν να εξοφληθεί σήμερα το τιμολόγιο ΤΠ-Α 3384 (πριν τη λήξη της πίστωσης, το συμφωνήσαμε με έκπτωση 2%%).

Ο λογαριασμός είναι ο γνωστός της Πειραιώς από την καρτέλα προμηθευτή – καμία αλλαγή. Ετοίμασε την εντολή στο e-banking και την εγκρίνω εγώ από το γραφείο μετά τις 12:00.

Ευχαριστώ,
Νίκος

Nikolaos Papadopoulos
Διευθυντής · Example Hellas
Τ +30 2310 552 810
"""
    compose(F, 34, "el", "dieftyntis-plirwmi-simera-esoteriko", exchange_internal, utc(2026, 11, 11, 8, 2),
            GR_ACC.addr, GR_MGR.t, [GR_ACC.t], "Επείγον: εξόφληση Βαμβακουργίας σήμερα",
            lambda B: outlook_alt(B, 0, text, "iso-8859-7", lang="EL"), hcs="iso-8859-7", henc="B",
            pkw=dict(lang="el-GR", zone="EET"),
            what="Greek office manager asks for an urgent supplier payment (internal)",
            why="Internal relay/Exchange, known supplier and invoice, unchanged master-data account, he approves in e-banking himself (dual control).",
            neg_of=[34])


def b35():
    tim, total = docs.invoice_pdf(
        "el", ["Κεντήματα Δημητρίου - Κωνσταντίνος Δημητρίου", "Μοναστηρίου 211, 546 27 Θεσσαλονίκη", "ΑΦΜ %s" % DIMITRIOU_AFM],
        ["Example Hellas Μονοπρόσωπη Ε.Π.Ε.", "Θεσσαλονίκη", "ΑΦΜ %s" % EXAMPLE_GR_AFM],
        "ΤΠΥ 1139", "31/10/2026",
        [("Κέντημα λογότυπου σε πόλο (στήθος)", 860, "τεμ.", 1.10),
         ("Κέντημα ονόματος σε πουκάμισο", 140, "τεμ.", 1.60)], 24,
        ["ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ - IBAN %s" % bk.fmt_iban(DIMITRIOU_IBAN)], "Κατάθεση σε 30 ημέρες",
        producer="Epsilon Smart", creator="Epsilon Smart")
    text = """Καλησπέρα Ελένη,

σου στέλνω το τιμολόγιο για τα κεντήματα του Οκτωβρίου (860 πόλο και 140 πουκάμισα για τα ΚΤΕΛ).
Η πληρωμή όπως πάντα στην Εθνική.

Ευχαριστώ πολύ,
Κώστας Δημητρίου
Κεντήματα Δημητρίου – 6944 318 207
"""
    compose(F, 35, "el", "dimitriou-timologio-kentimata-otenet", otenet, utc(2026, 11, 2, 16, 27),
            GR_ACC.addr, ("Κώστας Δημητρίου", "kdimitriou@otenet.gr"), [GR_ACC.t], "Τιμολόγιο κεντημάτων Οκτωβρίου",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "windows-1253", lang="EL"),
                            att(tim, "application/pdf", "ΤΠΥ_1139.pdf", ncs="utf-8")),
            hcs="windows-1253", henc="B",
            what="Embroidery subcontractor sends his invoice from otenet.gr",
            why="Subcontractor's usual ISP mailbox, ordinary PDF invoice, usual NBG account; contrast with attack/35 from the same mailbox.",
            neg_of=[35])


def b36():
    r = rng("b36")
    ts = 1795000000 + r.randrange(10000)
    link = ("https://accounts.google.com/AccountChooser?Email=nikolaos.papadopoulos@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
            % (ts, hexs(r, 19)))
    plain = """Νέα σύνδεση σε Android

nikolaos.papadopoulos@example.com
Παρατηρήσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Android. Εάν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Εάν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.
Έλεγχος δραστηριότητας
%s

Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση
https://myaccount.google.com/notifications
Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google και τις υπηρεσίες σας.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % link
    html = ('<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;margin:auto;font-family:Roboto,Arial,sans-serif">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
            '<div style="font-size:24px;padding-top:24px">Νέα σύνδεση σε Android</div><div style="font-size:14px;padding-top:8px">nikolaos.papadopoulos@example.com</div>'
            '<div style="font-size:14px;padding-top:20px">Παρατηρήσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Android. Εάν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Εάν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.</div>'
            '<div style="padding-top:32px"><a href="%s" style="background:#4184f3;color:#fff;padding:10px 24px;text-decoration:none;border-radius:5px">Έλεγχος δραστηριότητας</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#5f6368">Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="font-size:11px;color:#757575;text-align:center;padding-top:12px">&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></body></html>\n' % link.replace("&", "&amp;"))
    compose(F, 36, "el", "google-nea-syndesi-android", google_service, utc(2026, 11, 21, 10, 44),
            GR_MGR.addr, ("Google", "no-reply@accounts.google.com"), [GR_MGR.t], "Ειδοποίηση ασφαλείας",
            lambda B: alt(B, 0, plain, html, "UTF-8", "quoted-printable"), to_hdr=GR_MGR.addr,
            pkw=dict(rp="3Xk7TaQgTClkPqbdgZV-lepizZYmBbPhf.dnnefnpiebvk.gpn@gaia.bounces.google.com"),
            what="Google sign-in alert in Greek for the manager's Google account",
            why="Google's own notification infrastructure, links only to accounts.google.com/myaccount.google.com, informational.")


# ------------------------------------------------------------------ Russian
def b37():
    schet, total = docs.invoice_pdf(
        "ru", ["ООО «ИвТекс»", "153002, г. Иваново, ул. 8 Марта, д. 32", "ИНН %s / КПП %s" % (IVTEX_INN, IVTEX_KPP)],
        ["ООО «Экзампл Груп Рус»", "153032, г. Иваново, ул. Лежневская, д. 117", "ИНН %s" % EXRUS_INN],
        "1388", "17.11.2026",
        [("Ткань смесовая ПЭ/ХБ 65/35, 210 г/м², т.-синий", 3200, "м", 238.00),
         ("Ткань саржа ХБ 100%, 260 г/м², хаки", 1100, "м", 312.00)], 20,
        ["Получатель: ООО «ИвТекс», р/с %s" % IVTEX_ACC, "Банк: Ивановское отделение №8639 ПАО Сбербанк",
         "БИК %s, к/с %s" % (IVTEX_BIK, IVTEX_CORR)], "в течение 10 банковских дней", cur="₽",
        producer="1С:Предприятие 8.3", creator="1С:Управление торговлей 11")
    text = """Добрый день, Ольга Викторовна!

Направляем счёт на оплату № 1388 от 17.11.2026 по договору поставки № 41/24 (ткань смесовая и саржа, отгрузка 24.11).
Сумма: %s, в т.ч. НДС 20%%.

Реквизиты прежние (Сбербанк, р/с %s). УПД пришлём через Диадок в день отгрузки.

С уважением,
Ирина Смирнова
менеджер по работе с клиентами
ООО «ИвТекс», г. Иваново
тел. +7 (4932) 59-41-17
""" % (docs.money(total, "ru", "руб."), IVTEX_ACC)
    compose(F, 37, "ru", "ivtex-schet-na-oplatu", yandex, utc(2026, 11, 17, 8, 20),
            RU_ACC.addr, ("Ирина Смирнова", "i.smirnova@ivtex.ru"), [RU_ACC.t], "Счёт на оплату № 1388 от 17.11.2026",
            lambda B: mixed(B, 1, Text(text, "plain", "utf-8", "base64"),
                            att(schet, "application/pdf", "Счет_1388_от_17.11.2026.pdf")),
            what="Russian fabric supplier's invoice (Yandex 360)",
            why="Supplier's genuine domain ivtex.ru on Yandex 360, usual Sberbank Ivanovo account (valid BIK key), refers to the EDI channel for the УПД.",
            neg_of=[39])


def b38():
    text = """Дмитрий, добрый день.

Машина загружена, выехала в 13:40. Госномер Х 417 КМ 37, водитель Николай, тел. 8-910-668-21-47.
В Москве на складе будем завтра к 9 утра, как договаривались.
ТТН и доверенность подписал, сканы пришлю вечером, оригиналы водитель отдаст кладовщику.

Оплату по счёту 212 жду как обычно, на карту ИП не надо - только на расчётный счёт.

С уважением,
Сергей Волков
ИП Волков С. А., грузоперевозки
"""
    compose(F, 38, "ru", "volkov-mashina-zagruzhena-yandex", yandex, utc(2026, 11, 26, 11, 5),
            RU_MGR.addr, ("Сергей Волков", "volkov.sergey.tk@yandex.ru"), [RU_MGR.t], "Машина загружена",
            lambda B: Text(text, "plain", "koi8-r", "8bit"), hcs="koi8-r", henc="B",
            what="Small carrier confirms loading from his yandex.ru address",
            why="Carrier's usual consumer mailbox, operational details only, explicitly no change of payment route.",
            neg_of=[40])


def b39():
    r = rng("b39")
    plain = """Вход в аккаунт

Здравствуйте, dmitry.sokolov@examplegroup.eu!

Мы заметили вход в ваш Яндекс ID с нового устройства.
Когда: 2 декабря 2026 г. в 10:17 (МСК)
Устройство: Windows 11, Яндекс Браузер
Где: Иваново, Россия (IP 178.34.%d.%d)

Если это были вы, ничего делать не нужно.
Если нет — смените пароль: https://id.yandex.ru/security

Это письмо отправлено автоматически, отвечать на него не нужно.
© 2001–2026 ООО «Яндекс»
""" % (r.randrange(1, 255), r.randrange(1, 255))
    html = plain2html_simple(plain).replace("Arial, sans-serif", "'YS Text', Arial, sans-serif")
    compose(F, 39, "ru", "yandex-id-vhod-novoe-ustroistvo", yandex_service, utc(2026, 12, 2, 7, 18),
            RU_MGR.addr, ("Яндекс ID", "noreply@id.yandex.ru"), [RU_MGR.t], "Вход в аккаунт с нового устройства",
            lambda B: alt(B, 0, plain, html, "utf-8", "base64"),
            what="Yandex ID new-device sign-in notice (account used for Yandex Direct/Disk)",
            why="Delivered by Yandex's forward*.mail.yandex.net relays, links only to id.yandex.ru, informational.",
            neg_of=[40])


def b40():
    text = """Дмитрий, добрый день.

Сегодня через Контур.Экстерн пришло требование № 12-07/18834 из ИФНС по г. Иваново о представлении документов по ООО «ИвТекс» (встречная проверка, ст. 93.1 НК РФ). Квитанцию о приёме я уже отправила.

Подготовлю договор поставки, УПД и платёжки за III квартал и отправлю ответ через Экстерн до 16.12.

Важно: сегодня на общий ящик пришло письмо «от ФНС» с тем же номером требования и с архивом под паролем (с адреса на mail.ru). Это подделка — налоговая присылает требования только по ТКС через оператора ЭДО. Я его не открывала и переслала Лее Хоффманн.

Ольга Кузнецова
главный бухгалтер
ООО «Экзампл Груп Рус»
"""
    compose(F, 40, "ru", "trebovanie-ifns-cherez-kontur-vnutrennee", exchange_internal, utc(2026, 12, 9, 11, 42),
            RU_MGR.addr, RU_ACC.t, [RU_MGR.t], "Требование ИФНС — ответ через Контур.Экстерн",
            lambda B: outlook_alt(B, 0, text, "windows-1251", lang="RU"), hcs="windows-1251", henc="B",
            pkw=dict(lang="ru-RU", zone="MSK"),
            what="Chief accountant informs the manager about a real tax-office demand received via the EDI operator",
            why="Internal relay/Exchange; describes the official channel (ТКС via Kontur.Extern) and recognises the fake mail.ru 'ФНС' message.",
            neg_of=[37, 38])


def build():
    for f in (b32, b33, b34, b35, b36, b37, b38, b39, b40):
        f()
