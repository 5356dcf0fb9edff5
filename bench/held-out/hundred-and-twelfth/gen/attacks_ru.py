"""Russian attack messages (4)."""
import assets
import banking as bk
import data as D
import infra
import mime
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


def beget_trace(b, server, server_ip, client_ip, client_helo):
    rng = b.rng

    def hops(bb):
        return [("Received", "from [%s] (helo=%s)\n\tby %s with esmtpa (Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
                 % (client_ip, client_helo, server, bb.mail_from, infra.exim_id(rng), bb.rcpt,
                    mime.rfcdate(infra.ago(bb.t, 1), "RU")))]
    return infra.direct(b, server, server, server_ip, hops_fn=hops, tls="1.2", zone="RU", bstyle="thebat")


# ---------------------------------------------------------------------------
@register("attack", "ru", "fns-trebovanie-arhiv-parol")
def _(b):
    sender = "buh@stroymontazh-plus.ru"
    b.at(2026, 11, 13, 10, 31, 22, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "thebat"
    b.via(beget_trace(b, "smtp33.beget.com", "5.101.153.33", "91.240.118.52", "DESKTOP-7QF3K2L"))
    b.frm("ФНС России", sender, "koi8-r", "B")
    b.to(("", "olga.kuznetsova@examplegroup.eu"))
    b.subject("Требование о представлении пояснений N 14-07/28417 (НДС, 3 квартал 2026 г.)", "koi8-r", "B", mode="whole")
    b.set("X-Mailer", "The Bat! (v10.5.3) Professional")
    txt = """Уважаемый налогоплательщик!

Межрайонная инспекция Федеральной налоговой службы N 46 по г. Москве в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года ООО "Экзампл Рус" (ИНН %s) выявила расхождения между сведениями об операциях, отраженными в декларации, и сведениями, представленными контрагентами.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию.

Требование и перечень расхождений находятся во вложенном архиве. В целях защиты налоговой тайны архив защищен паролем: 46-2026

Непредставление пояснений в установленный срок влечет ответственность, предусмотренную статьей 129.1 НК РФ, а также может повлечь приостановление операций по счетам.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
А. В. Лебедева
""" % D.EXAMPLE_RU_INN
    z = assets.make_zip("Требование_14-07-28417_перечень_расхождений.pdf.lnk", "placeholder\n", password="46-2026",
                        dt=(2026, 11, 13, 9, 58, 12), seed="ru-fns")
    b.body(b.mixed(b.text(txt, "koi8-r", "8bit"),
                   b.attach("application/x-zip-compressed", z, "Требование_14-07-28417.zip",
                            fname_style="rfc2047b", fname_charset="koi8-r")))
    b.meta("Fake tax-office demand (ФНС 'требование о представлении пояснений' for VAT) with a password-protected ZIP (ZipCrypto) containing 'Требование_14-07-28417_перечень_расхождений.pdf.lnk'.",
           "Real ФНС demands arrive via the company's EDI/TKS operator with a receipt obligation, never as e-mail archives; sent from a construction firm's compromised mailbox at a mass hoster; .pdf.lnk double extension; password in body; threat of account suspension.")


# ---------------------------------------------------------------------------
@register("attack", "ru", "broker-novye-rekvizity-yandex-lookalike")
def _(b):
    sender = "morozov-broker@yandex.ru"
    b.at(2026, 10, 28, 15, 9, 31, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "webmail"
    b.via(infra.yandex(b, client_ip="31.173.84.209"))
    b.frm("Алексей Морозов", sender, "utf-8", "B")
    b.to(("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu"), enc="B")
    b.subject("Re: Поставка из Кёльна, CMR 2026-11873 — оплата сегодня, новые реквизиты", "utf-8", "B", mode="whole")
    acc = bk.ru_account(D.ATT_BIK, "40802", "810", "1000", "0528417")
    inn = bk.ru_inn12("7729146382")
    txt = """Ольга, добрый день!

По машине из Кёльна (Р 447 КМ 750, CMR 2026-11873) ДТ зарегистрирована, но по итогам проверки инспектор доначислил таможенные платежи по позициям пралине — остатка на ЕЛС не хватает. Чтобы машина сегодня вышла с поста, нужно до 17:00 оплатить мой счет № 418 от 28.10.2026 (аванс таможенных платежей + услуги), сумма 1 284 600,00 руб. Дальше оплачу с брокерского счета сам, как в прошлый раз.

Обратите внимание: у меня новый расчетный счет, старый в Сбербанке заблокирован по 115-ФЗ до выяснения, платежи на него не проходят. Реквизиты:

Получатель: ИП Морозов Алексей Викторович
ИНН %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s
Назначение: Оплата по счету № 418 от 28.10.2026, НДС не облагается

Если сегодня не оплатим, машина встанет на СВХ, хранение 18 000 руб. в сутки.
Платежку пришлите, пожалуйста, сюда же, я сразу передам на пост.

С уважением,
Алексей Морозов
таможенный представитель
""" % (inn, acc, D.ATT_BIK, D.ATT_CORR)
    b.body(b.alt(b.text(txt, "utf-8", "base64"), b.html("<div>" + to_html(txt, p_style="margin:0 0 10px 0") + "</div>\n", "utf-8", "base64")))
    b.meta("Bank-detail fraud against the Russian office: a look-alike Yandex address of the customs broker asks for 1,284,600 RUB today to a 'new' account because the old one is 'blocked under 115-FZ'.",
           "morozov-broker@yandex.ru imitates the real broker morozov.broker@yandex.ru (genuine Yandex infrastructure, so SPF/DKIM pass); arrives hours after the real broker's message (business 37) that said no extra payment is needed and invoices go to the old details; new account at another bank, same-day deadline, storage-fee pressure. Account and correspondent account carry valid BIK control keys.")


# ---------------------------------------------------------------------------
@register("attack", "ru", "yandex-id-blokirovka-phishing")
def _(b):
    sender = "noreply@avtoservis-magistral.ru"
    b.at(2026, 12, 7, 9, 47, 55, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "phpmailer"
    b.via(infra.cpanel_exim(b, "vh342.timeweb.ru", "92.53.96.142", client_ip="45.141.215.88",
                            php_script="/home/c/cq41872/avtoservis/public_html/bitrix/tmp/send.php",
                            uid="1598", user="cq41872", zone="RU"))
    b.frm("Яндекс ID", sender, "windows-1251", "B")
    b.to(("", "olga.kuznetsova@examplegroup.eu"))
    b.subject("Яндекс ID: подозрительная активность, доступ к аккаунту ограничен", "windows-1251", "B", mode="whole")
    b.set("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")
    url = "https://id-yandex.ru-passport.com/auth/verify?l=olga.kuznetsova"
    src = """Здравствуйте!

Мы заметили попытку входа в ваш аккаунт Яндекс ID (olga.kuznetsova@examplegroup.eu) с нового устройства:

Устройство: Windows 10, браузер Chrome
Местоположение: Алматы, Казахстан
Время: 07.12.2026, 03:12 (МСК)

В целях безопасности мы временно ограничили доступ к рекламному кабинету Яндекс Директ и Яндекс Бизнесу, связанным с аккаунтом. Если это были не вы, подтвердите, что аккаунт принадлежит вам, в течение 24 часов. Иначе аккаунт будет заблокирован, а рекламные кампании остановлены.

[[Подтвердить владение аккаунтом|%s]]

С уважением,
Служба безопасности Яндекса
""" % url
    head = '<div style="padding:18px 32px;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:11px 24px;background:#ffdb4d;color:#000;text-decoration:none;border-radius:8px"),
                      head, "© 2026 ООО «Яндекс»", charset="windows-1251", title="Яндекс ID")
    b.body(b.alt(b.text(to_plain(src), "windows-1251"), b.html(html, "windows-1251")))
    b.meta("Credential phishing: fake Yandex ID 'suspicious sign-in, access restricted' notice for the account tied to the company's Yandex Direct/Business advertising.",
           "Sent by a PHP script inside a Bitrix site of a car repair shop on Timeweb shared hosting, not by Yandex (noreply@id.yandex.ru); link to id-yandex.ru-passport.com; 24-hour blocking threat. Hard negative: business 38 (genuine Yandex ID sign-in notice).")


# ---------------------------------------------------------------------------
@register("attack", "ru", "feik-boss-fsb-mailru")
def _(b):
    sender = "dmitry.sokolov.example@mail.ru"
    b.at(2026, 11, 25, 11, 6, 40, zone="RU").env(sender, "olga.kuznetsova@examplegroup.eu")
    b.style = "webmail"
    b.via(infra.mailru(b, client_ip="176.59.44.12"))
    b.frm("Дмитрий Соколов", sender, "utf-8", "B")
    b.to(("", "olga.kuznetsova@examplegroup.eu"))
    b.subject("Срочно и конфиденциально", "utf-8", "B", mode="whole")
    txt = """Ольга, добрый день.

Пишу с личной почты, рабочую пока не использую — по нашей компании идет проверка, подробности не по почте.

Сегодня вам позвонит куратор из ФСБ, Андрей Николаевич, по делу о возможном выводе средств со счетов организации через сотрудников бухгалтерии. Я в курсе, проверку согласовали с Кёльном. Прошу оказать ему полное содействие и выполнять его указания, в том числе по операциям со счетами.

Никому в офисе и в головном офисе об этом разговоре не сообщайте, в том числе Клаудии, — это может помешать проверке. О звонке мне тоже не пишите на рабочую почту, отвечайте только сюда.

Дмитрий Соколов
"""
    b.body(b.alt(b.text(txt, "utf-8", "base64"), b.html('<div style="font-family:Arial">' + to_html(txt) + "</div>\n", "utf-8", "base64")))
    b.meta("'Fake boss' vishing pretext: 'Dmitry Sokolov' (Russian office manager) from a mail.ru address announces a call from an 'FSB curator' whose instructions on bank operations must be followed in secret.",
           "Free mail.ru address, secrecy towards colleagues and HQ, 'do not write to my work mail', hands control to an unknown caller - the current Russian fake-boss/FSB-call fraud scheme. Hard negative: business 40 (Dmitry's genuine internal warning about exactly this scheme).")
