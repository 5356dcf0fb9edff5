"""Genuine business messages 32-36 (Greek) and 37-40 (Russian)."""
import datetime as _dt

import files
import infra
import util
from company import BANK, RU, VAT
from compose import A, E, S, T, alt, html_gmail, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def build():
    # ------------------------------------------------------------ 32 accountants: myDATA and VAT deadlines
    dt = berlin(2026, 11, 12, 12, 20, 37)
    r = util.rng("b32")
    p = infra.exim_cpanel(r, dt, E("gr_acc"), "gr-cp03.papaki-hosting.gr", "185.4.133.19", "info@papaioannou-logistiki.gr",
                          client_ip="94.68.210.117", zone="GR", mailer=("X-Mailer", "Microsoft Outlook 16.0"))
    text = """Καλημέρα κα Κωνσταντίνου,

σας υπενθυμίζουμε ότι η προθεσμία για τον χαρακτηρισμό των παραστατικών αγορών Οκτωβρίου στο myDATA λήγει στις 20 Νοεμβρίου. Παρακαλούμε να μας στείλετε έως την Τρίτη 17/11 τα τιμολόγια προμηθευτών και τις αποδείξεις εξόδων που δεν έχουμε ακόμη λάβει (ιδίως τα μεταφορικά της Μεταφορές Δημητρίου και τα τιμολόγια του Κτήματος Αλεξίου).

Η δήλωση ΦΠΑ Οκτωβρίου θα υποβληθεί έως τις 30/11. Το ποσό πληρωμής θα σας το στείλουμε μόλις ολοκληρωθούν οι συμφωνίες.

Με εκτίμηση,

Μαρία Παπαϊωάννου
Λογίστρια - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Παπαϊωάννου
Εγνατίας 128, 546 30 Θεσσαλονίκη
Τηλ. 2310 264 118
"""
    body = alt(p, T(text, "windows-1253", "quoted-printable"),
               T(html_outlook(text, "windows-1253", "EL"), "windows-1253", "quoted-printable", sub="html"))
    msg("32-el-logistiko-grafeio-mydata-prothesmies.eml", "business", "el", p, E("gr_acc"), dt,
        "info@papaioannou-logistiki.gr",
        [("From", addr("Λογιστικό Γραφείο Παπαϊωάννου", "info@papaioannou-logistiki.gr", "windows-1253", "B")),
         ("To", addr("Ελένη Κωνσταντίνου", E("gr_acc"), "windows-1253", "B")),
         ("Subject", ew("Προθεσμίες myDATA και ΦΠΑ Οκτωβρίου", "windows-1253", "B"))],
        body,
        "Genuine reminder of the Greek office's accountants about the myDATA expense-classification and VAT deadlines",
        "Known accounting firm on its own domain (shared hosting, Outlook); asks for documents to be sent to them, no "
        "login, no link, no penalty threat.", pair="A32", order="outlook")

    # ------------------------------------------------------------ 33 winery invoice (Google Workspace)
    dt = berlin(2026, 11, 20, 11, 5, 26)
    r = util.rng("b33")
    p = infra.gmail(r, dt, E("gr_acc"), host="mail-lj1-f169.google.com", ip="209.85.208.169", zone="GR")
    mark = "4000%011d" % r.randrange(10 ** 10, 10 ** 11)
    text = """Καλημέρα σας κα Κωνσταντίνου,

σας στέλνουμε συνημμένο το τιμολόγιο ΤΠ 1274/2026 για την παράδοση 240 κιβωτίων Ξινόμαυρο Νάουσα ΠΟΠ 2021 της 18/11.

Σύνολο: 8.940,00 €
Πληρωμή: εντός 30 ημερών στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα (%s).

Το τιμολόγιο έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s).

Με εκτίμηση,
Λογιστήριο
Κτήμα Αλεξίου Α.Ε.
Νάουσα Ημαθίας, τηλ. 23320 41 822
""" % (fmt_iban(BANK["alexiou"]), mark)
    pdf = files.pdf([(14, "KTIMA ALEXIOU S.A. - Naoussa", "B"), "AFM " + VAT["alexiou"], "",
                     (12, "Timologio Polisis TP 1274/2026 - 20/11/2026", "B"),
                     "Pelatis: Example Group Hellas M.I.K.E., AFM " + VAT["eg_gr"], "",
                     "240 kivotia Xinomavro Naoussa PDO 2021 (6x75cl)", "Katharo: 7.209,68 EUR   FPA 24%: 1.730,32 EUR",
                     (11, "Synolo: 8.940,00 EUR", "B"), "MARK: " + mark,
                     "Tropos pliromis: trapeziki katathesi, Ethniki Trapeza " + fmt_iban(BANK["alexiou"])],
                    title="TP 1274-2026", producer="SoftOne ERP", created="20261120105500+02'00'")
    body = mixed(p, alt(p, T(text, "UTF-8", "base64"), T(html_gmail(text), "UTF-8", "base64", sub="html")),
                 A("application/pdf", pdf, "TP_1274_2026.pdf"))
    msg("33-el-ktima-alexiou-timologio.eml", "business", "el", p, E("gr_acc"), dt, "logistirio@ktima-alexiou.gr",
        [("From", addr("Κτήμα Αλεξίου - Λογιστήριο", "logistirio@ktima-alexiou.gr", "UTF-8", "B")),
         ("To", E("gr_acc")),
         ("Subject", ew("Τιμολόγιο ΤΠ 1274/2026", "UTF-8", "B"))],
        body,
        "Genuine invoice of the Naoussa winery for 240 cases of Xinomavro, with myDATA MARK and the known NBG account",
        "Real domain ktima-alexiou.gr on Google Workspace; payment to the long-standing account; consistent VAT "
        "arithmetic; no change of details.", pair="A33", order="gmail")

    # ------------------------------------------------------------ 34 carrier invoice (otenet, Windows Live Mail, ISO-8859-7)
    dt = berlin(2026, 12, 1, 17, 10, 4)
    r = util.rng("b34")
    p = infra.webmail_generic(
        r, dt, E("gr_acc"), "mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.38",
        ["from DIMITRIOU-PC (ppp-94-67-18-201.home.otenet.gr [94.67.18.201])\n\tby mailout.otenet.gr (Postfix) with ESMTPSA id %s\n"
         "\tfor <%s>; {DATE}" % (util.hexid(r, 10, True), E("gr_acc"))],
        TH["dimitriou_1"],
        [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
         ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")], "GR", bndfmt="----=_NextPart_000_0007_{0}")
    text = """Καλησπέρα κα Κωνσταντίνου,

σας στέλνω το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 388 για τη μεταφορά 22 παλετών κρασί από τη Θεσσαλονίκη στη Σόφια (27/11, CMR 004417).

Ποσό 3.480,00 €. Πληρωμή όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς.

Ευχαριστώ,
Κώστας Δημητρίου
Μεταφορές Δημητρίου
Τηλ. 6944 318 207
"""
    pdf = files.pdf([(14, "METAFORES DIMITRIOU - Thessaloniki", "B"), "", (12, "TPY 388 - 30/11/2026", "B"),
                     "Pelatis: Example Group Hellas M.I.K.E.", "Metafora 22 paletes krasi Thessaloniki - Sofia (BG), 27/11/2026",
                     "CMR 004417", (11, "Synolo: 3.480,00 EUR", "B"),
                     "Pliromi: Trapeza Peiraios " + fmt_iban(BANK["dimitriou"])],
                    title="TPY 388", producer="Microsoft® Word 2010", created="20261201170500+02'00'")
    body = mixed(p, T(text, "iso-8859-7", "quoted-printable"), A("application/pdf", pdf, "TPY_388.pdf"),
                 preamble="This is a multi-part message in MIME format.")
    msg("34-el-dimitriou-timologio-metaforas.eml", "business", "el", p, E("gr_acc"), dt, "transport.dimitriou@otenet.gr",
        [("From", addr("Κώστας Δημητρίου", "transport.dimitriou@otenet.gr", "iso-8859-7", "B")),
         ("To", addr("Ελένη Κωνσταντίνου", E("gr_acc"), "iso-8859-7", "B")),
         ("Subject", ew("Μεταφορά Σόφια - τιμολόγιο ΤΠΥ 388", "iso-8859-7", "B"))],
        body,
        "Genuine transport invoice of the small Greek carrier from his otenet.gr mailbox (Windows Live Mail, "
        "ISO-8859-7); start of the thread hijacked in attack 36",
        "Carrier's usual client, charset and home line (OTE dial-up pool); payment 'as always' to the Piraeus Bank "
        "account; invoice PDF with CMR reference.", pair="A36")

    # ------------------------------------------------------------ 35 internal: office closed on 28 October
    dt = berlin(2026, 10, 26, 8, 15, 30)
    r = util.rng("b35")
    p = infra.internal(r, dt, E("gr_mgr"), E("gr_acc"), "10.20.61.12", lang="el-GR")
    text = """Καλημέρα σε όλους,

υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου (εθνική επέτειος) το γραφείο θα παραμείνει κλειστό. Οι παραλαβές από τη Μεταφορές Δημητρίου έχουν μεταφερθεί για την Πέμπτη 29/10 το πρωί.

Όσοι έχετε επείγουσες παραγγελίες από Γερμανία ή Ιταλία, ενημερώστε τους συνεργάτες ότι η επόμενη εργάσιμη είναι η Πέμπτη.

Καλή γιορτή,
Γιώργος

Γιώργος Παπαδόπουλος
Office Manager - Example Group Hellas
"""
    body = alt(p, T(text, "windows-1253", "quoted-printable"),
               T(html_outlook(text, "windows-1253", "EL"), "windows-1253", "quoted-printable", sub="html"))
    msg("35-el-esoteriko-kleisto-28-oktovriou.eml", "business", "el", p, E("gr_acc"), dt, E("gr_mgr"),
        [("From", addr("Γιώργος Παπαδόπουλος", E("gr_mgr"), "windows-1253", "B")),
         ("To", "Thessaloniki Office <thessaloniki@example.com>"),
         ("Subject", ew("Γραφείο κλειστό Τετάρτη 28/10", "windows-1253", "B"))],
        body,
        "Internal notice of the Greek office manager: office closed on the 28 October national holiday",
        "Internal relay and Exchange, internal client IP; informational only.", order="outlook")

    # ------------------------------------------------------------ 36 colleague, child sick, private Yahoo mail
    dt = berlin(2026, 12, 2, 6, 35, 18)
    r = util.rng("b36")
    p = infra.webmail_generic(
        r, dt, E("gr_mgr"), "sonic315-21.consmr.mail.ir2.yahoo.com", "sonic315-21.consmr.mail.ir2.yahoo.com",
        "77.238.176.149",
        ["from sonic.gate.mail.ne1.yahoo.com by sonic315-21.consmr.mail.ir2.yahoo.com with HTTP; {DATE}"],
        "<%d.%d.%d@mail.yahoo.com>" % (r.randrange(10 ** 9, 2 * 10 ** 9), r.randrange(10 ** 6, 10 ** 7),
                                       int(dt.timestamp() * 1000)),
        [("X-Mailer", "WebService/1.1.24562 YahooMailAndroidMobile")], "GR", bndfmt="----=_Part_{0}")
    text = """Καλημέρα Γιώργο,

ο μικρός έχει πυρετό από χθες το βράδυ και πρέπει να μείνω σπίτι σήμερα. Θα δουλέψω από το σπίτι όσο μπορώ, το laptop το έχω μαζί μου, οπότε οι πληρωμές της Πέμπτης δεν επηρεάζονται.

Σου γράφω από το προσωπικό μου mail γιατί στο κινητό έχω μόνο αυτό. Αν χρειαστεί κάτι επείγον, πάρε με τηλέφωνο.

Ελένη
"""
    body = alt(p, T(text, "UTF-8", "quoted-printable"),
               T('<html><head></head><body><div class="ydp3f1b2c4dyahoo-style-wrap" style="font-family:Helvetica '
                 'Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
                 + "".join("<div>%s</div>" % (l if l.strip() else "<br>") for l in text.split("\n"))
                 + "</div></body></html>\n", "UTF-8", "quoted-printable", sub="html"))
    msg("36-el-adeia-paidi-arrosto-prosopiko-mail.eml", "business", "el", p, E("gr_mgr"), dt, "elkonstantinou@yahoo.gr",
        [("From", addr("Ελένη Κωνσταντίνου", "elkonstantinou@yahoo.gr", "UTF-8", "B")),
         ("To", addr("Γιώργος Παπαδόπουλος", E("gr_mgr"), "UTF-8", "B")),
         ("Subject", ew("Σήμερα από το σπίτι - άρρωστο παιδί", "UTF-8", "B"))],
        body,
        "Genuine note of the Greek accountant from her private Yahoo mail: child is ill, working from home",
        "Colleague writing to her own manager from Yahoo's mobile app; requests nothing (no payment, no credentials, "
        "no bank change).")

    # ------------------------------------------------------------ 37 Russian customer order (Outlook, windows-1251 base64)
    dt = berlin(2026, 11, 3, 10, 25, 47)
    r = util.rng("b37")
    p = infra.postfix_host(r, dt, E("ru_mgr"), "mail.vinnydvor.ru", "mail.vinnydvor.ru", "188.242.17.90",
                           "[192.168.1.45] (unknown [188.242.17.94])", zone="RU", webmail="outlook",
                           domain="vinnydvor.ru")
    text = """Дмитрий, добрый день!

Направляем заявку на поставку к новогоднему сезону (подробно во вложении):
- Рислинг Шпетлезе 2024, Рейнгессен — 600 бут.
- Вальполичелла Рипассо Супериоре 2022 — 480 бут.
- Риоха Резерва 2020 — 360 бут.
- Просекко DOC Extra Dry — 1 200 бут.

Просим подтвердить наличие и сроки отгрузки. Оплата по контракту № 12/2025: 50 % предоплата, остаток после выпуска в свободное обращение.

Акцизные марки на партию передадим вашему складу в Майнце до 20 ноября, как в прошлый раз.

С уважением,
Сергей Петров
Менеджер по закупкам
ООО «Винный Двор»
тел. +7 (812) 640-27-15
"""
    pdf = files.pdf([(14, "OOO Vinny Dvor - Purchase order VD-2026-112", "B"), "Date: 03.11.2026",
                     "Supplier: Example Group GmbH / OOO Example Group Rus", "Contract No. 12/2025", "",
                     "Riesling Spatlese 2024, Rheinhessen            600 bottles",
                     "Valpolicella Ripasso Superiore 2022             480 bottles",
                     "Rioja Reserva 2020                              360 bottles",
                     "Prosecco DOC Extra Dry                        1,200 bottles", "",
                     "Excise stamps: to be delivered to the Mainz warehouse by 20.11.2026",
                     "Payment: 50% prepayment, balance after customs clearance"],
                    title="PO VD-2026-112", producer="Microsoft® Excel® 2019", created="20261103102000+03'00'")
    body = mixed(p, alt(p, T(text, "windows-1251", "base64"),
                        T(html_outlook(text, "windows-1251", "RU"), "windows-1251", "base64", sub="html")),
                 A("application/pdf", pdf, "Zayavka_VD-2026-112.pdf"))
    msg("37-ru-vinnyi-dvor-zayavka-novyi-god.eml", "business", "ru", p, E("ru_mgr"), dt, "s.petrov@vinnydvor.ru",
        [("From", addr("Сергей Петров", "s.petrov@vinnydvor.ru", "windows-1251", "B")),
         ("To", addr("Дмитрий Соколов", E("ru_mgr"), "windows-1251", "B")),
         ("Subject", ew("Заявка на поставку к Новому году", "windows-1251", "B"))],
        body,
        "Genuine New Year order of the St Petersburg importer with PO PDF; mentions excise stamps to be sent to the "
        "Mainz warehouse",
        "Known customer on its own mail server from its office network; order under an existing contract; payment "
        "flows to Example Group, nothing to click.", order="outlook")

    # ------------------------------------------------------------ 38 customs broker invoice (The Bat!, KOI8-R)
    dt = berlin(2026, 11, 9, 14, 40, 12)
    r = util.rng("b38")
    b = RU["broker"]
    p = infra.thebat(r, dt, E("ru_acc"), "mail.baltbroker.ru", "mail.baltbroker.ru", "91.122.48.203", "baltbroker.ru",
                     "91.122.48.210", "volkov@baltbroker.ru")
    cont = util.iso6346("MSKU718442")
    text = """Ольга, добрый день!

Высылаю счёт N 1187 от 09.11.2026 на оплату таможенных платежей и услуг по декларированию партии вина (контейнер %s). ДТ подадим после поступления оплаты.

Сумма: 486 900,00 руб., в т.ч. таможенные платежи 452 400,00 руб., услуги брокера 34 500,00 руб. (НДС не облагается).

Реквизиты прежние:
ООО "Балтика Брокер"
ИНН %s / КПП %s
Р/с %s
%s
БИК %s, К/с %s

Счёт во вложении. Срок оплаты - 13.11.2026.

--
С уважением,
Андрей Волков
ООО "Балтика Брокер"
тел. +7 (812) 335-61-90
""" % (cont, b["inn"], b["kpp"], b["acct"], b["bank"].replace("«", '"').replace("»", '"'), b["bik"], b["corr"])
    pdf = files.pdf([(14, "OOO Baltika Broker - Invoice No. 1187 of 09.11.2026", "B"),
                     "INN %s / KPP %s / OGRN %s" % (b["inn"], b["kpp"], b["ogrn"]), "",
                     "Payer: OOO Example Group Rus", "Container: " + cont, "",
                     "Customs duties and VAT on import (advance)     452,400.00 RUB",
                     "Customs declaration services                    34,500.00 RUB",
                     (11, "Total: 486,900.00 RUB", "B"), "",
                     "Bank: PAO Sberbank, North-West Bank, BIK %s" % b["bik"],
                     "Account: %s   Corr. account: %s" % (b["acct"], b["corr"])],
                    title="Invoice 1187", producer="1C:Enterprise 8.3", created="20261109143000+03'00'")
    body = mixed(p, T(text, "koi8-r", "quoted-printable"), A("application/pdf", pdf, "Schet_1187_09112026.pdf"))
    msg("38-ru-broker-schet-tamozhennye-platezhi.eml", "business", "ru", p, E("ru_acc"), dt, "volkov@baltbroker.ru",
        [("From", addr("Андрей Волков", "volkov@baltbroker.ru", "koi8-r", "B")),
         ("To", addr("Ольга Иванова", E("ru_acc"), "koi8-r", "B")),
         ("Subject", ew("Счёт N 1187 от 09.11.2026 - таможенные платежи", "koi8-r", "B"))],
        body,
        "Genuine invoice of the customs broker for duties and declaration services on a wine container (KOI8-R, The Bat!)",
        "Real domain baltbroker.ru from its own server and office IP; the broker's own long-standing Sberbank account "
        "(valid BIK control key), 'details unchanged'; normal 4-day payment term.", pair="A39")

    # ------------------------------------------------------------ 39 genuine Yandex ID sign-in notice
    dt = berlin(2026, 10, 22, 7, 12, 20)
    r = util.rng("b39")
    p = infra.yandex_notify(r, dt, E("ru_mgr"))
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@examplegroup.eu выполнен вход с нового устройства.

Устройство: iPhone, приложение Яндекс Бизнес
Местоположение: Санкт-Петербург, Россия
Время: 22 октября 2026, 09:11 (МСК)

Если это были вы, ничего делать не нужно.
Если нет, откройте https://id.yandex.ru/security и смените пароль.

С заботой,
команда Яндекс ID
"""
    html = html_simple(text, links={"https://id.yandex.ru/security": "https://id.yandex.ru/security"},
                       font="YS Text, Arial, sans-serif")
    body = alt(p, T(text, "utf-8", "base64"), T(html, "utf-8", "base64", sub="html"))
    msg("39-ru-yandex-id-vkhod-novoe-ustroistvo.eml", "business", "ru", p, E("ru_mgr"), dt, "noreply@id.yandex.ru",
        [("From", addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B")),
         ("To", E("ru_mgr")),
         ("Subject", ew("Вход в аккаунт с нового устройства", "utf-8", "B"))],
        body,
        "Genuine Yandex ID notice of a sign-in from Dmitry's own new iPhone (Yandex Business app, St Petersburg)",
        "Sent from Yandex's own passport/forward servers; informational, link only to id.yandex.ru; location and "
        "device match the user.", pair="A40")

    # ------------------------------------------------------------ 40 reconciliation act from a known customer (Yandex web, PDF)
    dt = _dt.datetime.fromtimestamp(1796998408 + 2, _dt.timezone.utc)
    r = util.rng("b40")
    p = infra.yandex_web(r, dt, E("ru_acc"), "188.242.17.95")
    text = """Ольга, здравствуйте!

Во вложении акт сверки взаимных расчётов между ООО «Винный Двор» и ООО «Экзампл Груп Рус» за период 01.01.2026–30.11.2026. По нашим данным задолженность отсутствует.

Просим подписать и вернуть скан, оригиналы отправим через ЭДО (Диадок), как обычно.

С уважением,
Наталья Смирнова
главный бухгалтер ООО «Винный Двор»
"""
    html = "<div>" + "</div><div>".join(l if l.strip() else "&nbsp;" for l in text.split("\n")) + "</div>\n"
    pdf = files.pdf([(13, "Akt sverki vzaimnykh raschetov / Reconciliation statement", "B"),
                     "OOO Vinny Dvor - OOO Example Group Rus", "Period: 01.01.2026 - 30.11.2026", "",
                     "Opening balance 01.01.2026: 0.00 RUB",
                     "Invoices (Example Group Rus): 18,742,600.00 RUB", "Payments (Vinny Dvor): 18,742,600.00 RUB",
                     (11, "Closing balance 30.11.2026: 0.00 RUB", "B"), "",
                     "Chief accountant: N. Smirnova"],
                    title="Akt sverki", producer="1C:Enterprise 8.3", created="20261211170500+03'00'")
    body = mixed(p, T(html, "utf-8", "8bit", sub="html"), A("application/pdf", pdf, "Akt_sverki_2026.pdf"))
    msg("40-ru-vinnyi-dvor-akt-sverki-pdf.eml", "business", "ru", p, E("ru_acc"), dt, "buh.vinnydvor@yandex.ru",
        [("From", addr("Наталья Смирнова", "buh.vinnydvor@yandex.ru", "utf-8", "B")),
         ("To", E("ru_acc")),
         ("Subject", ew("Акт сверки за 2026 год - Винный Двор", "utf-8", "B"))],
        body,
        "Genuine reconciliation act from the known customer's chief accountant (Yandex mail) as a plain PDF, balance zero",
        "Known customer contact on her long-used yandex.ru mailbox via Yandex web; PDF, no archive, no password, "
        "originals via the EDO operator; no claim for money.", pair="A37", msgid=TH["vinny_1"])
