"""Russian messages (attack 37-40, business 37-40)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
import files

KINOSVET_REQ = ("ООО \"Киносвет\"\nИНН %s / КПП %s, ОГРН %s\n" % (B.KINOSVET_INN, B.KINOSVET_KPP, B.KINOSVET_OGRN))


def koi(text):
    """What users of KOI8-R mailers end up typing (no guillemets, numero sign, dashes)."""
    for a, b in (("«", '"'), ("»", '"'), ("№", "N"), ("–", "-"), ("—", "-"), ("…", "...")):
        text = text.replace(a, b)
    return text


A = []

# 37 FNS "demand" with password-protected archive ------------------------------------------------
zip37 = files.zip_placeholder("Требование_ФНС_14-27_18842.pdf.exe", password="2026", when=(2026, 11, 10, 9, 31, 5), seed="37-ru")
t37 = koi("""Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России № 46 по г. Москве в соответствии со статьей 88 Налогового кодекса Российской Федерации направляет в адрес ООО «Экзампл Груп Рус» (ИНН %s) требование о представлении пояснений № 14-27/18842 в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения настоящего требования. В случае непредставления пояснений организация может быть привлечена к ответственности по статье 129.1 НК РФ, а операции по счетам могут быть приостановлены.

Требование и перечень расхождений прилагаются в архиве. В целях защиты налоговой тайны архив защищен паролем.

Пароль к архиву: 2026

Начальник отдела камеральных проверок № 2
Межрайонная ИФНС России № 46 по г. Москве""" % B.EG_RU_INN)
A.append(M(
    id="37-ru-fns-demand-encrypted-zip", folder="attack", lang="ru", when="2026-11-10 09:47:22",
    route=I.postfix_host("mail.nalog-uvedomlenie.ru", "vm3714182.firstbyte.club", "185.246.188.71",
                         "nalog-uvedomlenie.ru", mailer="thebat", tz="Europe/Moscow"),
    frm=("ФНС России", "trebovanie@nalog-uvedomlenie.ru"), to=[s("ru_acc")],
    subject=koi("Требование о представлении пояснений № 14-27/18842"), hcs="koi8-r", henc="B",
    body=mixed(txt(t37, "koi8-r", "8bit"),
               att(koi("Требование_14-27_18842.zip"), "application/x-zip-compressed", zip37,
                   inner="Требование_ФНС_14-27_18842.pdf.exe", zip_password="2026")),
    what="Fake tax office (FNS) demand for explanations on a VAT return, 'documents' in a password-protected archive.",
    why="FNS sends demands only through accredited EDI operators (TKS) with qualified signatures, never from nalog-uvedomlenie.ru (not nalog.gov.ru); encrypted ZIP with password in the text holding a .pdf.exe; threat of account freeze; the real demand arrived via Diadoc (business 40)."))

# 38 Yandex account phishing -------------------------------------------------------------------------
link38 = "https://passport-yandex.id-verify.ru/auth/?retpath=direct&login=examplegroup.ru.ads"
t38 = """Яндекс ID

Здравствуйте!

Мы обнаружили подозрительную активность в вашем аккаунте examplegroup.ru.ads, который используется для управления рекламными кампаниями в Яндекс Директе. В целях безопасности показ объявлений приостановлен, а аккаунт будет заблокирован через 24 часа.

Чтобы сохранить доступ к аккаунту и возобновить показы, подтвердите, что вы являетесь владельцем:

[Подтвердить владение аккаунтом](%s)

Если вы не подтвердите аккаунт, восстановить доступ можно будет только через службу поддержки после проверки документов.

С уважением,
Служба безопасности Яндекса""" % link38
h38 = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'YS Text',Arial,sans-serif">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
<tr><td style="padding:24px 28px 8px;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</td></tr>
<tr><td style="padding:8px 28px 28px;font-size:15px;line-height:22px;color:#000">
<p>Здравствуйте!</p>
<p>Мы обнаружили подозрительную активность в вашем аккаунте <b>examplegroup.ru.ads</b>, который используется для управления рекламными кампаниями в Яндекс Директе. В целях безопасности показ объявлений приостановлен, а аккаунт будет заблокирован через <b>24 часа</b>.</p>
<p>Чтобы сохранить доступ к аккаунту и возобновить показы, подтвердите, что вы являетесь владельцем:</p>
<p><a href="%s" style="display:inline-block;background:#ffdb4d;color:#000;padding:12px 24px;border-radius:8px;text-decoration:none">Подтвердить владение аккаунтом</a></p>
<p>Если вы не подтвердите аккаунт, восстановить доступ можно будет только через службу поддержки после проверки документов.</p>
<p>С уважением,<br>Служба безопасности Яндекса</p></td></tr></table></body></html>
""" % link38
A.append(M(
    id="38-ru-yandex360-account-phish", folder="attack", lang="ru", when="2026-11-27 14:03:51",
    route=I.postfix_host("mail.id-verify.ru", "vps-12-148.aeza.net", "77.91.124.148", "id-verify.ru",
                         mailer="phpmailer", tz="Europe/Moscow"),
    frm=("Яндекс ID", "security@id-verify.ru"), to=[s("ru_mgr")],
    subject="Аккаунт examplegroup.ru.ads будет заблокирован через 24 часа",
    body=alt(txt(plain(t38, "esp"), "utf-8", "base64"), html(h38, "utf-8", "base64")),
    what="Fake Yandex ID security notice: the company's Yandex Direct ad account will be blocked unless ownership is 'confirmed'.",
    why="Not sent by Yandex (id-verify.ru on a VPS, PHPMailer); link to passport-yandex.id-verify.ru look-alike login (credential phishing); 24-hour blocking threat. Genuine Yandex ID notice: business 38."))

# 39 supplier bank change from look-alike with PDF ----------------------------------------------------
t39 = """Добрый день, Ольга!

Уведомляем Вас об изменении банковских реквизитов ООО «Киносвет» в связи с переходом на обслуживание в другой банк. Старый расчетный счет в ПАО Сбербанк закрывается 30.11.2026, поступления на него будут возвращаться отправителю.

Просим оплату по счетам № 1103 и № 1129 (итого 486 300,00 руб.), а также все последующие платежи производить по новым реквизитам:

Получатель: ООО «Киносвет»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк»
БИК %s
К/с %s

Официальное письмо за подписью генерального директора во вложении. Прошу подтвердить получение и внесение изменений ответным письмом.

С уважением,
Марина Лебедева
Бухгалтерия ООО «Киносвет»""" % (B.KINOSVET_INN, B.KINOSVET_KPP, B.KINOSVET_FAKE_ACC, B.TBANK_BIK, B.TBANK_CORR)
pdf39 = files.pdf_doc([
    ("b", "ООО «Киносвет»"), ("s", "ИНН %s / КПП %s / ОГРН %s" % (B.KINOSVET_INN, B.KINOSVET_KPP, B.KINOSVET_OGRN)),
    ("s", "115280, г. Москва, ул. Ленинская Слобода, д. 19, стр. 4"), ("gap", 12), ("l", "Исх. № 214 от 17.11.2026"),
    ("l", "Генеральному директору филиала ООО «Экзампл Груп Рус»"), ("gap",), ("h", "Уведомление об изменении реквизитов"),
    "Настоящим уведомляем, что с 17.11.2026 ООО «Киносвет» изменяет обслуживающий банк. Просим все платежи направлять по реквизитам:",
    ("l", "Р/с " + B.KINOSVET_FAKE_ACC), ("l", "Банк: АО «ТБанк», БИК " + B.TBANK_BIK), ("l", "К/с " + B.TBANK_CORR), ("gap",),
    "Платежи на прежний расчетный счет в ПАО Сбербанк с 30.11.2026 приниматься не будут.", ("gap", 16),
    ("l", "Генеральный директор                     И. А. Соколов"), ("l", "Главный бухгалтер                           М. В. Лебедева"),
], title="Уведомление", author="Buh", producer="1С:Предприятие 8.3", created="20261117101000+03'00'")
A.append(M(
    id="39-ru-supplier-bank-change-lookalike", folder="attack", lang="ru", when="2026-11-17 12:26:09",
    route=I.postfix_host("mail.kinosvet-msk.ru", "vm1843302.hosted-by-vdsina.ru", "89.110.77.214", "kinosvet-msk.ru",
                         mailer="outlook", tz="Europe/Moscow", user_agent="ru"),
    frm=("Бухгалтерия Киносвет", "buh@kinosvet-msk.ru"), to=[s("ru_acc")],
    subject="Изменение банковских реквизитов ООО «Киносвет»", hcs="windows-1251", henc="B",
    body=mixed(alt(txt(t39, "windows-1251", "quoted-printable"), html(ohtml(t39, "windows-1251", lang="RU"), "windows-1251", "quoted-printable")),
               att("Уведомление_реквизиты_Киносвет.pdf", "application/pdf", pdf39, kind="text-only PDF letter with new bank details")),
    what="Supplier bank-detail change: 'Kinosvet accounts' announces a new T-Bank account and asks to pay two invoices (RUB 486,300) there.",
    why="Look-alike domain kinosvet-msk.ru (real kinosvet.ru) on a VDS; copies the real INN/KPP but a new account (valid key, so it looks right); old account 'closing'; confirmation only by reply; genuine Kinosvet invoice with its Sberbank account: business 37."))

# 40 "fake boss" prelude to vishing --------------------------------------------------------------------
t40 = """Ольга, добрый день.

Информирую Вас, что в отношении нашего филиала проводится проверка в связи с возможной утечкой персональных данных сотрудников и подозрительными операциями по расчетному счету.

Сегодня с Вами свяжется куратор проверки из Центрального банка, Андреев Игорь Викторович. Прошу оказать ему полное содействие и ответить на все вопросы. Звонок может поступить в мессенджер.

Информация строго конфиденциальна: ни с кем её не обсуждайте, в том числе с коллегами в Кёльне, до завершения проверки. Пишу с личной почты, так как рабочая почта сейчас под контролем.

Волков С. А."""
A.append(M(
    id="40-ru-fake-boss-vishing-prelude", folder="attack", lang="ru", when="2026-12-09 10:52:37",
    route=I.mailru(), frm=("Сергей Волков", "s.volkov.examplegroup@mail.ru"), to=[s("ru_acc")],
    subject="Конфиденциально", hcs="utf-8", henc="B",
    body=txt(t40, "utf-8", "base64"),
    what="'Fake boss' scheme: the Moscow office manager, writing from a mail.ru address, tells the accountant to cooperate with a 'Central Bank curator' who will call.",
    why="Manager's name on a free mail.ru account, 'work mail is monitored', secrecy even from HQ; classic Russian prelude to a vishing call that talks the victim into moving money to a 'safe account' or revealing data; no legitimate inspection is announced this way."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

pdf_b37 = files.pdf_doc([
    ("b", "ООО \"Киносвет\""), ("s", "ИНН %s / КПП %s, 115280, г. Москва, ул. Ленинская Слобода, д. 19, стр. 4" % (B.KINOSVET_INN, B.KINOSVET_KPP)),
    ("gap", 8), ("l", "Банк получателя: ПАО Сбербанк, г. Москва   БИК " + B.SBER_BIK), ("l", "К/с " + B.SBER_CORR),
    ("l", "Р/с " + B.KINOSVET_ACC), ("gap", 8),
    ("h", "Счет на оплату N 1147 от 27.11.2026"), ("l", "Покупатель: ООО \"Экзампл Груп Рус\", ИНН %s, КПП %s" % (B.EG_RU_INN, B.EG_RU_KPP)),
    ("l", "Основание: Договор аренды оборудования N 18/2025 от 14.01.2025"), ("gap",),
    ("t", [(56, "N", True), (80, "Товары (работы, услуги)", True), (430, "Сумма, руб.", True)]), ("rule",),
    ("t", [(56, "1", False), (80, "Аренда светового оборудования (пакет \"Студия М\"), 16-27.11.2026", False), (430, "312 500,00", False)]),
    ("t", [(56, "2", False), (80, "Доставка и монтаж", False), (430, "18 000,00", False)]), ("rule",),
    ("t", [(80, "Итого", False), (430, "330 500,00", False)]), ("t", [(80, "В том числе НДС (20%)", False), (430, "55 083,33", False)]),
    ("t", [(80, "Всего к оплате", True), (430, "330 500,00", True)]), ("gap", 14),
    ("l", "Руководитель ____________ Соколов И. А.     Бухгалтер ____________ Лебедева М. В."),
], title="Счет 1147", author="Киносвет", producer="1С:Предприятие 8.3", created="20261127113000+03'00'")
tb37 = koi("""Добрый день, Ольга!

Направляем счет № 1147 от 27.11.2026 на оплату аренды светового оборудования за период 16-27.11.2026. Оригиналы УПД отправим через Диадок после закрытия месяца.

Реквизиты без изменений (ПАО Сбербанк).

--
С уважением,
Марина Лебедева
главный бухгалтер ООО «Киносвет»
тел. +7 (495) 411-27-60""")
Bz.append(M(
    id="37-ru-supplier-invoice-genuine", folder="business", lang="ru", when="2026-11-27 11:41:17",
    route=I.postfix_host("mail.kinosvet.ru", "mail.kinosvet.ru", "91.206.14.75", "kinosvet.ru", mailer="thebat",
                         tz="Europe/Moscow", src_ip="91.206.14.1"),
    frm=("Марина Лебедева", "buh@kinosvet.ru"), to=[s("ru_acc")], subject=koi("Счет № 1147 от 27.11.2026"),
    hcs="koi8-r", henc="B",
    body=mixed(txt(tb37, "koi8-r", "8bit"),
               att("Schet_1147_27.11.2026.pdf", "application/pdf", pdf_b37, kind="text-only PDF invoice")),
    what="The lighting supplier's chief accountant sends a monthly invoice; originals via the Diadoc EDI system.",
    why="Genuine domain kinosvet.ru from its own mail server (The Bat!, KOI8-R); same Sberbank account with a valid BIK key and correct INN; 'requisites unchanged'.",
    hard_neg_of=(["39-ru-supplier-bank-change-lookalike"], "Kinosvet payment details")))

tb38 = """Вход в аккаунт на новом устройстве

Здравствуйте, Сергей!

В ваш аккаунт examplegroup.ru.ads выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Москва, Россия
IP-адрес: 95.24.131.8
Время: 25 ноября 2026, 09:41 (МСК)

Если это были вы, ничего делать не нужно.

Если это были не вы, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С заботой о безопасности,
Команда Яндекс ID

Это письмо отправлено автоматически, отвечать на него не нужно."""
hb38 = simple_html(tb38.replace("https://id.yandex.ru/security", "[https://id.yandex.ru/security](https://id.yandex.ru/security)"),
                   font="'YS Text', Arial, sans-serif", size="15px")
Bz.append(M(
    id="38-ru-yandex-id-signin-genuine", folder="business", lang="ru", when="2026-11-25 09:42:30",
    route=I.yandex(kind="id"), frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[s("ru_mgr")],
    subject="Вход в аккаунт на новом устройстве",
    body=alt(txt(tb38, "utf-8", "base64"), html(hb38, "utf-8", "base64")),
    what="Yandex ID sign-in notice for the company's Yandex Direct account (registered with the manager's work address).",
    why="Sent by Yandex's own forward*.mail.yandex.net servers from id.yandex.ru; sign-in from Moscow at office hours; links only to id.yandex.ru; informational.",
    hard_neg_of=(["38-ru-yandex360-account-phish"], "Yandex account security notice")))

pdf_b39 = files.pdf_doc([
    ("h", "Акт N 12 от 30.11.2026"), ("l", "Исполнитель: Кузнецов Андрей Павлович (плательщик НПД), ИНН 772817406541"),
    ("l", "Заказчик: ООО \"Экзампл Груп Рус\", ИНН %s" % B.EG_RU_INN), ("gap",),
    "Исполнитель оказал услуги звукорежиссера на съемочной площадке (запись синхронного звука), 12 смен в период 02-28.11.2026.",
    ("l", "Стоимость услуг: 168 000,00 руб. (НДС не облагается)"), ("gap",),
    ("l", "Реквизиты: р/с " + B.KUZN_ACC + ", АО \"ТБанк\", БИК " + B.TBANK_BIK), ("gap", 14),
    ("l", "Исполнитель ____________ Кузнецов А. П.      Заказчик ____________"),
], title="Акт 12", author="A. Kuznetsov", producer="LibreOffice 7.6", created="20261130210000+03'00'")
tb39 = """Ольга, добрый вечер!

Отправляю акт за ноябрь (12 смен) и ссылку на чек из «Мой налог»:
https://lknpd.nalog.ru/api/v1/receipt/772817406541/20aq7k5m3x/print

Реквизиты те же, что в договоре. Оригинал акта привезу на площадку в среду, подпишем.

Спасибо!
Андрей Кузнецов
+7 916 402-18-75"""
Bz.append(M(
    id="39-ru-freelancer-act-yandex", folder="business", lang="ru", when="2026-11-30 21:17:04",
    route=I.yandex(kind="web"), frm=c("kuznetsov"), to=[s("ru_acc")], cc=[s("ru_mgr")],
    subject="Акт за ноябрь + чек", hcs="utf-8", henc="B",
    body=mixed(txt(tb39, "utf-8", "base64"),
               att("Акт_12_Кузнецов.pdf", "application/pdf", pdf_b39, kind="text-only PDF act of services")),
    what="Self-employed sound recordist sends his monthly act and the link to the official 'Moy nalog' receipt from his Yandex mailbox.",
    why="Known freelancer address (Yandex webmail infrastructure), link to the official lknpd.nalog.ru receipt, bank details unchanged, signing in person.",
    hard_neg_of=(["40-ru-fake-boss-vishing-prelude"], "personal free-mail address writing to the Moscow accountant")))

tb40 = """Сергей, добрый день!

Через Диадок пришло требование из МИФНС № 46 о представлении пояснений по НДС за 3 квартал (расхождение по двум счетам-фактурам ООО «Киносвет», у них ошибка в дате). Квитанцию о приеме я уже отправила.

Пояснения подготовлю и отправлю через Диадок до пятницы, согласую с Сабиной Вайс в Кёльне. Никаких действий с вашей стороны не требуется.

Ольга Смирнова
Главный бухгалтер
ООО «Экзампл Груп Рус»"""
Bz.append(M(
    id="40-ru-internal-fns-demand-via-edo", folder="business", lang="ru", when="2026-11-11 15:08:42",
    route=I.exchange_internal(user_ip="10.61.0.23"), frm=s("ru_acc"), to=[s("ru_mgr")], cc=[s("cfo")],
    subject="Требование ФНС по НДС за 3 кв. - через Диадок", hcs="windows-1251", henc="B",
    body=alt(txt(tb40, "windows-1251", "quoted-printable"), html(ohtml(tb40, "windows-1251", lang="RU"), "windows-1251", "quoted-printable")),
    what="Internal note: a real tax-office demand arrived through the Diadoc EDI operator; the accountant will answer it the same way.",
    why="Internal relay path; describes the legitimate channel (EDI with receipt), no attachments or links.",
    hard_neg_of=(["37-ru-fns-demand-encrypted-zip"], "FNS demand for explanations")))

BUSINESS = Bz
