"""Russian genuine business messages (37-40)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX, local
from company import st, sa, RU, IDS, NATIVE
from files import pdf
import infra

F = "business"


def build():
    irina = (NATIVE["Irina"], sa("Irina"))

    # ------------------------------------------------------------ 37 stand builder invoice, The Bat! via Yandex 360, koi8-r QP
    t = T(2026, 11, 20, 15, 8, 44, "RU")
    p = infra.yandex("b37", t)
    p["msgid"] = "<%d.%s@expostroy.ru>" % (hn("b37m", 10 ** 8, 2 * 10 ** 9), local(sec(t, -30), "RU").strftime("%Y%m%d%H%M%S"))
    p["extra"] = [("X-Mailer", "The Bat! (v10.5.3) Professional")]
    p["bstyle"] = "generic"
    txt = """Добрый день, Ирина Сергеевна!

Направляем счёт на оплату N 418 от 20.11.2026 за застройку стенда на выставке PackPrint Expo 2027 (договор N 17/26-З от 02.09.2026, 1-й этап, предоплата 50%).

Сумма к оплате: 1 284 000,00 руб., в т.ч. НДС 20% - 214 000,00 руб.

Реквизиты для оплаты (без изменений):
ООО "ЭкспоСтрой", ИНН {inn} / КПП {kpp}
Р/с {acct}
ПАО Сбербанк, г. Москва
БИК {bik}, к/с {corr}

Оригиналы документов и УПД направим через Диадок после завершения этапа.

С уважением,
Андрей Ковалёв
ООО "ЭкспоСтрой"
+7 495 640-18-27
""".format(inn=IDS["expostroy_inn"], kpp=IDS["expostroy_kpp"], acct=RU["expostroy_acct"], bik=RU["sber_bik"], corr=RU["sber_corr"])
    inv = pdf([("F2", 13, "OOO \"ExpoStroy\" / ExpoStroy LLC"), "INN " + IDS["expostroy_inn"] + " / KPP " + IDS["expostroy_kpp"], "",
               ("F2", 12, "Schet na oplatu / Invoice No. 418 dated 20.11.2026"), "",
               "Payer: OOO Example Group Rus, INN " + IDS["example_ru_inn"], "Contract No. 17/26-Z of 02.09.2026", "",
               "Stand construction PackPrint Expo 2027, stage 1, prepayment 50%     1 070 000.00",
               "VAT 20%                                                               214 000.00",
               ("F2", 10, "Total RUB                                                           1 284 000.00"), "",
               "Bank: PAO Sberbank, Moscow   BIK " + RU["sber_bik"] + "   corr. acc. " + RU["sber_corr"],
               "Settlement account: " + RU["expostroy_acct"]],
              title="Schet 418", author="ExpoStroy", producer="1C:Enterprise 8.3")
    body = mixed(Text(txt, "plain", "koi8-r", "quoted-printable"), pdf_att(inv, "Schet_418_ot_20.11.2026.pdf"))
    mk(F, 37, "ru", "expostroy-schet-na-oplatu", t=t, prof=p, date_zone="RU",
       frm=("Андрей Ковалёв", "a.kovalev@expostroy.ru"), to=[irina], cc=[("Бухгалтерия ЭкспоСтрой", "buh@expostroy.ru")],
       subject="Счёт на оплату N 418 от 20.11.2026 - застройка PackPrint Expo", hcs="koi8-r", body=body,
       hn_of=([38, 39], "ЭкспоСтрой invoice No. 418 / bank details / Diadoc"),
       what="Stand builder sends invoice No. 418 (50% prepayment) with its unchanged Sberbank details; originals will follow via Diadoc.",
       why="Real domain expostroy.ru hosted on Yandex 360 with the sender's usual The Bat! client; bank details identical to the supplier master (valid BIK and account key); references the signed contract; EDO mentioned as usual channel, no link.")

    # ------------------------------------------------------------ 38 Yandex ID sign-in notification
    t = T(2026, 10, 22, 18, 40, 3, "RU")
    p = infra.yandex_notify("b38", t)
    txt = """Яндекс ID

Вход в аккаунт

Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@examplegroup.eu выполнен вход.

Когда: 22 октября 2026 г. в 18:39 (МСК)
Устройство: Chrome, Windows
Где: Москва, Россия

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль: https://id.yandex.ru/security

С заботой о вашей безопасности,
команда Яндекс ID
"""
    htm = """<table width="600" align="center" style="font-family:YS Text,Arial,sans-serif;font-size:15px;color:#000">
<tr><td style="padding:24px 0"><b style="font-size:22px"><span style="color:#fc3f1d">Я</span>ндекс ID</b></td></tr>
<tr><td><p style="font-size:24px;font-weight:bold">Вход в аккаунт</p>
<p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>dmitry.sokolov@examplegroup.eu</b> выполнен вход.</p>
<table style="font-size:14px;color:#555"><tr><td>Когда:</td><td>22 октября 2026 г. в 18:39 (МСК)</td></tr><tr><td>Устройство:</td><td>Chrome, Windows</td></tr><tr><td>Где:</td><td>Москва, Россия</td></tr></table>
<p>Если это были вы, ничего делать не нужно.<br>Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security">смените пароль</a>.</p>
<p style="color:#888;font-size:13px">С заботой о вашей безопасности,<br>команда Яндекс ID</p></td></tr></table>"""
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(htm, "utf-8", "base64", lang="ru", style="margin:0"))
    mk(F, 38, "ru", "yandex-id-signin-notice", t=t, prof=p, date_zone="RU",
       frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[("", sa("Dmitry"))],
       mail_from="noreply@id.yandex.ru",
       subject="Вход в аккаунт Яндекс ID", body=body,
       hn_of=([39], "Russian service login notification / account security"),
       what="Yandex ID sign-in notification for the Moscow manager's Yandex account (registered with his work address, used for Yandex Direct).",
       why="Sent from Yandex's own forward*.mail.yandex.net relays with a Yandex Message-ID; informational; the only link goes to id.yandex.ru.")

    # ------------------------------------------------------------ 39 freelance translator via yandex.ru with Thunderbird, koi8-r 8bit
    t = T(2026, 12, 3, 11, 26, 58, "RU")
    p = infra.yandex("b39", t)
    p["msgid"] = "<%s@yandex.ru>" % uuid("b39m")
    p["extra"] = [("User-Agent", "Mozilla Thunderbird")]
    p["bstyle"] = "tb"
    txt = """Здравствуйте, Ирина!

Перевод каталога участников PackPrint Expo (немецкий - русский, 38 учетных страниц) готов, файл Дмитрий Алексеевич получил вчера через WeTransfer.

Прошу оплатить по договору ГПХ N 11/2026 сумму 45 600 руб. (38 стр. x 1 200 руб.). Я самозанятая, чек из "Мой налог" пришлю сразу после поступления оплаты.

Реквизиты прежние:
Петренко Ольга Викторовна
Счёт {acct}
ПАО Сбербанк, БИК {bik}

Спасибо!
Ольга Петренко
переводчик DE/EN-RU
+7 916 205-33-81
""".format(acct=RU["olga_acct"], bik=RU["sber_bik"])
    body = Text(txt, "plain", "koi8-r", "8bit", params="; format=flowed", csq=False)
    mk(F, 39, "ru", "translator-invoice-yandex", t=t, prof=p, date_zone="RU",
       frm=("Ольга Петренко", "olga.petrenko@yandex.ru"), to=[irina], cc=[(NATIVE["Dmitry"], sa("Dmitry"))],
       subject="Оплата перевода каталога PackPrint Expo", hcs="koi8-r", body=body,
       what="Freelance translator asks for payment of a completed catalogue translation, bank details unchanged.",
       why="Known freelancer on her usual yandex.ru mailbox (Thunderbird via Yandex SMTP); details match the contract; 'реквизиты прежние' (unchanged) and manager in copy; valid Sberbank BIK and account key.")

    # ------------------------------------------------------------ 40 internal urgent payment request (Moscow), windows-1251
    t = T(2026, 12, 16, 10, 12, 25, "RU")
    p = infra.exchange_internal("b40", t, sa("Irina"), mbx="EXMBX03", ws_ip="10.70.1.15", lang="ru-RU")
    txt = """Ирина, доброе утро!

Прошу сегодня оплатить счёт МВЦ «Крокус Экспо» № 2026-4418 на гарантийный взнос за площадь павильона 3 (PackPrint Expo 2027) - 2 150 000,00 руб. Иначе в пятницу бронь передадут другому организатору.

Счёт согласован в СЭД (заявка 4500019020), вторую подпись дала Клаудия Бреннер. Реквизиты - только из договора аренды № КЭ-118/26, в карточке контрагента они уже заведены; если на счёте что-то отличается, не платите и сразу позвоните мне.

Спасибо!
Дмитрий

--
Дмитрий Соколов
Руководитель представительства | ООО «Экзампл Груп Рус»
Москва | +7 495 785-40-10
"""
    body = alt(Text(txt, "plain", "windows-1251", "quoted-printable"), html_part(paras(txt), "windows-1251", lang="ru"))
    mk(F, 40, "ru", "internal-urgent-payment-crocus", t=t, prof=p, order="ms", date_zone="RU",
       frm=("Соколов Дмитрий", sa("Dmitry")), to=[irina],
       subject="Срочно: гарантийный взнос Крокус Экспо - заявка 4500019020", hcs="windows-1251", body=body,
       hn_of=([40], "Moscow manager writing urgently to the Moscow accountant"),
       what="Moscow office manager asks the accountant to pay an approved venue deposit today.",
       why="Internal Exchange via mail-int01; approved in the document workflow with the CFO's second signature; bank details only from the contract/vendor card; asks her to phone if anything differs - the opposite of the fake-boss pattern.")
