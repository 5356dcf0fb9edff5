"""Russian genuine business messages 37-40."""
from lib import *
import facts as F


def yandex_relay(r, t, snd, rcpt):
    n = r.randrange(100, 999)
    fwd = "forward%db.mail.yandex.net" % n
    mx = "mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net" % r.randrange(10, 99)
    hops = ["from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
        mx, mx, r.randrange(4096, 65535), r.randrange(4096, 65535), fwd, alnum(r, 12), rfcdate(plus(t, 1), "MSK")),
        "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (mx, alnum(r, 10), alnum(r, 8), rfcdate(t, "MSK"))]
    return dict(kind="direct", helo=fwd, rdns=fwd, ip="178.154.239.%d" % r.randrange(140, 220), hops=hops)


def b37():
    slug = "vodtech-schet-uf-ustanovka"
    r = rng_for(slug)
    t = local("MSK", 2026, 10, 28, 15, 10, 44)
    snd = "s.volkov@vodtech-spb.ru"
    rcpt = S("ru_acc")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, yandex_relay(r, t, snd, rcpt), lang="ru", hcs="koi8-r", henc="B", zone="MSK")
    text = """Ольга, добрый день!

Направляю счет N 1187 от 28.10.2026 на аванс 50%% по договору поставки N 2026/47-П от 21.10.2026 (установка УФ-обеззараживания УФО-500 для очистных сооружений, Колпино).

Сумма аванса: 642 300,00 руб., в т.ч. НДС 22%%.
Оплата по реквизитам, указанным в счете, как и прежде - ПАО Сбербанк, р/с %s.

Срок поставки - 6 недель с даты поступления аванса. Оригиналы документов (УПД) отправим через Диадок после отгрузки.

Если потребуется акт сверки или копия договора - пишите, пришлем.

С уважением,
Сергей Волков
Менеджер по работе с ключевыми клиентами
ООО "Водоочистные Технологии"
196084, Санкт-Петербург, ул. Заставская, д. 22, лит. А
тел. +7 (812) 640-27-15, моб. +7 (921) 318-44-07""" % F.VODTECH_RS
    vat = "115 822,95"
    pdf = simple_pdf("Счет на оплату № 1187 от 28.10.2026", [
        "# ООО «Водоочистные Технологии»",
        "ИНН %s  КПП %s" % (F.VODTECH_INN, F.VODTECH_KPP),
        "Р/с %s в ПАО Сбербанк (Северо-Западный банк), г. Санкт-Петербург" % F.VODTECH_RS,
        "БИК %s   К/с %s" % (F.SBER_NW_BIK, F.SBER_NW_KS),
        "",
        "## Счет на оплату № 1187 от 28 октября 2026 г.",
        "Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s" % (F.EG_RU_INN, F.EG_RU_KPP),
        "Основание: Договор поставки № 2026/47-П от 21.10.2026",
        "",
        "1. Аванс 50% за установку УФ-обеззараживания УФО-500      1 шт.      642 300,00",
        "**Итого к оплате: 642 300,00 руб., в т.ч. НДС 22%: " + vat + " руб.",
        "",
        "Генеральный директор ____________ А. В. Лебедев",
        "Главный бухгалтер   ____________ Н. П. Орлова",
    ], author="buh", creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3", created=pdfdate(plus(t, -1800), "MSK"))
    html = html_outlook(text, "koi8-r", lang="RU")
    body = mixed(p, alt(p, text, html, "koi8-r", "quoted-printable"), [att(p, pdf, "Счет_1187_от_28.10.2026.pdf")])
    return Mail(37, "ru", slug, B, p, ("Сергей Волков", snd), [S("ru_acc")],
                "Счет N 1187 от 28.10.2026 - установка УФ-обеззараживания", body,
                cc=[S("ru_mgr"), ("Бухгалтерия Водоочистные Технологии", "buh@vodtech-spb.ru")],
                what="Genuine supplier invoice (Outlook via Yandex 360 for the supplier's domain): 50% advance for a UV disinfection unit, PDF with the usual Sberbank requisites.",
                why="Real vodtech-spb.ru domain on Yandex's relays, matches contract and delivery terms, account/BIK/correspondent account are the known Sberbank North-West ones (valid control keys), UPD via the real EDI operator, no pressure.",
                pair=[37, 40], pair_note="Same supplier, same invoice (N 1187, 642,300 RUB) as the look-alike requisites change 37, and the supplier named in the fake Diadok notice 40.")


def b38():
    slug = "yandex-id-vhod-uvedomlenie"
    r = rng_for(slug)
    t = local("MSK", 2026, 11, 21, 20, 14, 2)
    rcpt = S("ru_mgr")[1]
    p = infra.yandex_notify(r, t, rcpt)
    text = """Яндекс ID

Здравствуйте, Алексей!

В ваш аккаунт %s выполнен вход.

Дата и время: 21 ноября 2026 г., 20:13 (MSK)
Устройство: Яндекс Браузер, Windows 11
Местоположение: Санкт-Петербург, Россия
IP-адрес: 95.55.187.42

Если это были вы, ничего делать не нужно.

Если это были не вы, смените пароль и завершите все сеансы на странице безопасности:
https://id.yandex.ru/security

С уважением,
команда Яндекс ID""" % rcpt
    html = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:'YS Text',Arial,sans-serif;color:#000">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="font-size:15px;line-height:22px">
<p style="font-size:22px;font-weight:bold">Яндекс ID</p>
<p>Здравствуйте, Алексей!</p>
<p>В ваш аккаунт <b>%s</b> выполнен вход.</p>
<table cellpadding="4" style="font-size:14px;color:#333">
<tr><td style="color:#888">Дата и время</td><td>21 ноября 2026 г., 20:13 (MSK)</td></tr>
<tr><td style="color:#888">Устройство</td><td>Яндекс Браузер, Windows 11</td></tr>
<tr><td style="color:#888">Местоположение</td><td>Санкт-Петербург, Россия</td></tr>
<tr><td style="color:#888">IP-адрес</td><td>95.55.187.42</td></tr>
</table>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если это были не вы, <a href="https://id.yandex.ru/security" style="color:#1a0dab">смените пароль и завершите все сеансы</a>.</p>
<p style="color:#888;font-size:13px">С уважением,<br>команда Яндекс ID</p>
</td></tr></table></td></tr></table></body></html>
""" % rcpt
    body = alt(p, text, html, "utf-8", "base64")
    return Mail(38, "ru", slug, B, p, ("Яндекс ID", "noreply@id.yandex.ru"), [rcpt],
                "Вход в аккаунт " + rcpt, body,
                what="Genuine Yandex ID sign-in notice for the Russian office manager's Yandex account (registered with his work address), from Yandex's own forward relays.",
                why="Yandex infrastructure and Return-Path, link only to id.yandex.ru, informational, plausible local IP and device.")


def b39():
    slug = "ip-petrov-akt-schet-yandex"
    r = rng_for(slug)
    t = local("MSK", 2026, 11, 30, 17, 32, 16)
    snd = "ivan.petrov.spb@yandex.ru"
    rcpt = S("ru_acc")[1]
    p = infra.yandex(r, t, snd, rcpt, "178.70.21.144")
    text = """Ольга Викторовна, добрый вечер!

Высылаю акт N 27 и счет N 27 от 30.11.2026 за работы по договору N 12/2026 в ноябре: наладка шкафов управления насосами на КНС-3 и КНС-5 (Колпино), замена частотного преобразователя на КНС-5, выезды по заявкам 04.11 и 19.11.

Сумма 186 000 руб., без НДС (УСН).

Оригиналы подписанного акта привезу в офис в четверг вместе с исполнительной документацией.

С уважением,
Иван Петров
ИП Петров И. С.
+7 (911) 245-18-63"""
    akt = simple_pdf("Акт № 27 от 30.11.2026", [
        "# ИП Петров Иван Сергеевич",
        "ИНН %s  ОГРНИП %s" % (F.PETROV_INN, F.PETROV_OGRNIP),
        "",
        "## Акт № 27 от 30 ноября 2026 г.",
        "Исполнитель: ИП Петров И. С.   Заказчик: ООО «Экзампл Груп Рус», ИНН " + F.EG_RU_INN,
        "Основание: Договор № 12/2026 от 15.01.2026",
        "",
        "1. Наладка шкафов управления насосами КНС-3, КНС-5          72 000,00",
        "2. Замена частотного преобразователя 55 кВт, КНС-5          84 000,00",
        "3. Аварийные выезды по заявкам 04.11, 19.11                 30 000,00",
        "**Итого: 186 000,00 руб. Без НДС (УСН, ст. 346.11 НК РФ)",
        "",
        "Работы выполнены полностью и в срок. Заказчик претензий не имеет.",
        "Исполнитель ____________ Петров И. С.     Заказчик ____________",
    ], author="Ivan", creator="Microsoft Word", producer="Microsoft Word 2019", created=pdfdate(plus(t, -3000), "MSK"))
    schet = simple_pdf("Счет № 27 от 30.11.2026", [
        "# ИП Петров Иван Сергеевич",
        "ИНН " + F.PETROV_INN,
        "Р/с %s в ПАО Сбербанк (Северо-Западный банк)" % F.PETROV_RS,
        "БИК %s   К/с %s" % (F.SBER_NW_BIK, F.SBER_NW_KS),
        "",
        "## Счет на оплату № 27 от 30 ноября 2026 г.",
        "Покупатель: ООО «Экзампл Груп Рус»",
        "Работы по договору № 12/2026 за ноябрь 2026 г.     186 000,00",
        "**Итого к оплате: 186 000,00 руб. Без НДС.",
    ], author="Ivan", creator="Microsoft Word", producer="Microsoft Word 2019", created=pdfdate(plus(t, -2900), "MSK"))
    html = "<div>" + "</div><div>".join(html_escape(l) if l else "&nbsp;" for l in text.split("\n")) + "</div>"
    body = mixed(p, alt(p, text, html, "utf-8", "base64"),
                 [att(p, akt, "Акт_№27_от_30.11.2026.pdf"), att(p, schet, "Счет_№27_от_30.11.2026.pdf")])
    return Mail(39, "ru", slug, B, p, ("Иван Петров", snd), [S("ru_acc")],
                "Акт и счет за ноябрь - ИП Петров", body, cc=[S("ru_mgr")],
                what="Genuine act of completed works and invoice from an individual entrepreneur (electrical/automation contractor) who uses his personal Yandex Mail; two text PDFs.",
                why="Known contractor always writing from yandex.ru, concrete works at named pumping stations, small business tax regime stated, requisites at Sberbank with valid control key, originals promised in person.")


def b40():
    slug = "intern-preduprezhdenie-fns-edo"
    r = rng_for(slug)
    t = local("MSK", 2026, 10, 15, 10, 20, 37)
    snd = S("ru_mgr")[1]
    rcpt = S("ru_acc")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch01", client_ip="10.70.1.12", lang="ru-RU")
    p.hcs, p.henc = "windows-1251", "B"
    text = """Коллеги, добрый день!

Во вторник Ольге Владимировне пришло письмо якобы от «Межрайонной ИФНС № 25» с «требованием о представлении документов» и архивом под паролем. Это мошенничество: письмо удалено, заражения нет.

Напоминаю:
– Требования ФНС мы получаем только через оператора ЭДО (Контур.Экстерн), а не по обычной почте.
– Документы от контрагентов в Диадоке открываем, только зайдя в Диадок самостоятельно, а не по ссылке из письма.
– Архивы с паролем из писем не открываем. Любое подобное письмо пересылайте на phishing@example.com и сообщите мне.
– Об изменении реквизитов поставщиков узнаем только по официальному письму и обязательно перезваниваем по номеру из договора.

Спасибо!

Алексей Смирнов
Генеральный директор
ООО «Экзампл Груп Рус»
тел. +7 (812) 335-40-10"""
    html = html_outlook(text, "windows-1251", lang="RU")
    body = alt(p, text, html, "windows-1251", "quoted-printable")
    return Mail(40, "ru", slug, B, p, S("ru_mgr"), [("Сотрудники СПб", "staff-ru@example.com")],
                "Осторожно: поддельные требования ФНС и письма от имени ЭДО", body, rcpt=rcpt,
                what="Genuine internal warning from the Russian office manager (Exchange → mail-int01) after a fake FNS requirement: requirements come only via the EDI operator, don't open password archives, verify requisites changes by phone.",
                why="Internal path, real sender to a distribution list, no links or attachments, awareness content.",
                pair=[38, 40], pair_note="Same topics (FNS requirement, EDO/Diadok) as the FNS password-ZIP lure 38 and the fake Diadok notice 40, but internal guidance only.")


def build():
    return [b37(), b38(), b39(), b40()]
