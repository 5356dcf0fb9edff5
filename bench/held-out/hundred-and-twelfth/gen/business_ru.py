"""Russian genuine business messages (4)."""
import data as D
import infra
import mime
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "ru", "broker-deklaratsiya-podana-yandex")
def _(b):
    sender = "morozov.broker@yandex.ru"
    b.at(2026, 10, 28, 12, 40, 18, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "webmail"
    b.via(infra.yandex(b, client_ip="95.165.24.71"))
    b.frm("Алексей Морозов", sender, "utf-8", "B")
    b.to(("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu"), enc="B")
    b.cc(("Дмитрий Соколов", "dmitry.sokolov@example.com"), enc="B")
    b.subject("Поставка из Кёльна, CMR 2026-11873 — декларация подана", "utf-8", "B", mode="whole")
    txt = """Ольга, добрый день!

По машине из Кёльна (Р 447 КМ 750, CMR 2026-11873) декларация подана сегодня в 11:20. Предварительный расчет таможенных платежей пришлю вечером, после проверки кодов ТН ВЭД по шоколадным изделиям (1806 90).

Платежи, как обычно, спишутся с вашего единого лицевого счета в ФТС — остатка аванса хватает, дополнительно вносить ничего не нужно. Мой счет за услуги выставлю после выпуска, по прежним реквизитам.

Если инспектор запросит декларации соответствия ЕАЭС на новые позиции (пралине ассорти 250 г), сразу пришлю список.

С уважением,
Алексей Морозов
таможенный представитель
+7 916 482-17-09
"""
    b.body(b.alt(b.text(txt, "utf-8", "base64"), b.html("<div>" + to_html(txt, p_style="margin:0 0 10px 0") + "</div>\n", "utf-8", "base64")))
    b.meta("Genuine update from the customs broker (his usual yandex.ru mailbox): declaration filed, duties debited from the company's customs account, invoice later to the usual details.",
           "Known correspondent address and Yandex web-mail trace from his usual Moscow IP, specific truck/CMR/HS codes, explicitly says no extra payment is needed. Hard negative for attack 38 (look-alike Yandex address demanding payment to new details the same afternoon).")


# ---------------------------------------------------------------------------
@register("business", "ru", "yandex-id-vhod-uvedomlenie")
def _(b):
    sender = "noreply@id.yandex.ru"
    b.at(2026, 12, 5, 20, 41, 7, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "esp"
    tr = infra.yandex(b, web=False)
    tr.msgid = "<%s@id.yandex.ru>" % infra.hexs(b.rng, 32)
    tr.return_path = "noreply@id.yandex.ru"
    b.via(tr)
    b.frm("Яндекс ID", sender, "utf-8", "B")
    b.to(("", "olga.kuznetsova@examplegroup.eu"))
    b.subject("Вход в аккаунт Яндекс ID", "utf-8", "B", mode="whole")
    src = """Здравствуйте, o.kuznetsova.exru!

В ваш аккаунт Яндекс ID выполнен вход с нового устройства.

Устройство: iPhone, Яндекс Браузер
Место: Москва, Россия
Время: 5 декабря 2026 в 20:40 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и завершите все сеансы на странице {{id.yandex.ru/security|https://id.yandex.ru/security}}.

Это автоматическое письмо — на него не нужно отвечать.
Команда Яндекс ID
"""
    head = '<div style="padding:18px 32px;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</div>'
    html = brand_page(to_html(src), head, "© 2026 ООО «Яндекс»", title="Яндекс ID")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "base64"), b.html(html, "utf-8", "base64")))
    b.meta("Genuine Yandex ID 'new sign-in' notice for the Yandex account the Russian accountant uses for Yandex Direct/Business.",
           "Yandex's own forward servers and noreply@id.yandex.ru, informational, 'if it was you, do nothing', link to id.yandex.ru only. Hard negative for attack 39.")


# ---------------------------------------------------------------------------
@register("business", "ru", "sladtorg-smena-rekvizitov-korrektno")
def _(b):
    sender = "i.volkova@sladtorg.ru"
    b.at(2026, 11, 16, 11, 18, 46, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "thebat"
    b.via(infra.own_postfix(b, "mail.sladtorg.ru", "185.12.94.37", "[192.168.0.57] (unknown [46.39.231.15])",
                            zone="RU", bstyle="thebat"))
    b.frm("Ирина Волкова", sender, "windows-1251", "B")
    b.reply_to("Ирина Волкова", sender, "windows-1251", "B")
    b.to(("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu"), cs="windows-1251", enc="B")
    b.cc(("Бухгалтерия СладТорг", "buh@sladtorg.ru"), cs="windows-1251", enc="B")
    b.subject("Уведомление о смене банковских реквизитов ООО «СладТорг» с 01.12.2026", "windows-1251", "B", mode="whole")
    b.set("X-Mailer", "The Bat! (v11.2.1) Professional")
    txt = """Ольга Викторовна, добрый день!

Уведомляем Вас, что с 1 декабря 2026 года ООО «СладТорг» меняет обслуживающий банк. Официальное уведомление за подписью генерального директора и главного бухгалтера направлено Вам сегодня через Диадок.

Новые реквизиты (для платежей с 01.12.2026):
ООО «СладТорг»
ИНН %s / КПП %s
ОГРН %s
Р/с %s
Банк: АО «Альфа-Банк», г. Москва
БИК %s
К/с %s

До 30.11.2026 включительно, пожалуйста, используйте прежние реквизиты (ПАО Сбербанк, БИК %s, р/с %s). Выплату ретро-бонуса за 4 квартал просим производить уже по новым реквизитам.

Если есть сомнения, перезвоните, пожалуйста, нашему главному бухгалтеру Наталье Сергеевне по номеру из договора — мы понимаем, что сейчас много мошенничества с подменой реквизитов.

С уважением,
Ирина Волкова
менеджер по работе с поставщиками
ООО «СладТорг»
""" % (D.SLAD_INN, D.SLAD_KPP, D.SLAD_OGRN, D.SLAD_ACC_NEW, D.SLAD_BIK_NEW, D.SLAD_CORR_NEW, D.SLAD_BIK_OLD, D.SLAD_ACC_OLD)
    b.body(b.text(txt, "windows-1251", "8bit"))
    b.meta("Genuine notice from the distributor customer about new bank details from 1 December (official letter via the Diadoc EDI system, phone verification invited).",
           "Customer's own domain and mail server, The Bat! client, lead time and old account valid until month end, official copy via EDI, invites a call-back to the number in the contract; INN/KPP/OGRN and accounts are internally consistent (valid check digits and BIK keys). Hard negative for attack 38.")


# ---------------------------------------------------------------------------
@register("business", "ru", "preduprezhdenie-feik-boss-vnutrennee")
def _(b):
    sender = "dmitry.sokolov@example.com"
    b.at(2026, 11, 19, 10, 2, 33, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX02", client_ip="10.70.1.14"))
    b.frm("Dmitry Sokolov", sender)
    b.to(("Example Rus - все сотрудники", "rus-all@example.com"), cs="koi8-r", enc="B")
    b.subject("Осторожно: мошенники от имени руководства", "koi8-r", "B", mode="whole")
    b.set("Accept-Language", "ru-RU, en-US").set("Content-Language", "ru-RU")
    txt = """Коллеги, добрый день!

В последние недели участились случаи, когда мошенники пишут сотрудникам от имени руководителя - с личной почты или в Telegram/WhatsApp - и предупреждают о "звонке из ФСБ, Центробанка или полиции". Затем "куратор" звонит и под предлогом "проверки" или "защиты счетов" требует перевести деньги, сообщить коды из СМС или установить программу удаленного доступа.

Прошу запомнить:
1. Я и другие руководители никогда не пишем по рабочим вопросам с личной почты и не просим держать что-то в тайне от коллег или от головного офиса.
2. Никакие "кураторы" и "сотрудники органов" не дают указаний по платежам компании. Все платежи проходят только через 1С и согласование в обычном порядке.
3. Если получили такое письмо или звонок - ничего не делайте, сразу позвоните мне или Ольге и перешлите письмо в ИТ (Lukas Schröder, lukas.schroeder@example.com).

Спасибо за внимательность.

Дмитрий Соколов
Руководитель представительства
ООО "Экзампл Рус"
""".replace("Schröder", "Schroeder")
    b.body(b.alt(b.text(txt, "koi8-r", "base64"), b.html(html_outlook(txt, "RU", charset="koi8-r"), "koi8-r", "base64")))
    b.meta("Internal warning from the Russian office manager about fake-boss/'FSB curator' fraud.",
           "Internal relay + Exchange hop, real sender and distribution list, awareness content with no request for action other than reporting. Hard negative for attack 40 (the very scheme it warns about).")
