"""Russian business messages 37-40."""
import banking as bk
import infra as I
from attacks_ru import EXG_RU_INN, SEM_INN
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

SBER_BIK = "044525225"
SEM_NEW_ACC = bk.ru_account(SBER_BIK, "40702810" + "0" + "3800" + "0417726")
HK_INN = bk.ru_inn10("503612478")


def b37():
    m = Mail("business", 37, "ru", "yandex-id-vhod-uvedomlenie")
    ids = m.ids
    t = T("2026-11-17 07:42:31")
    rc = S("ru_mgr")
    fwd = "forward%da.mail.yandex.net" % ids.r.choice([100, 101, 102])
    rec = [
        I.mx(ids, fwd, fwd, "178.154.239.%d" % ids.r.randrange(70, 220), rc.email, plus(t, 2)),
        "from mail-notsolitesrv-%d.vla.yp-c.yandex.net (mail-notsolitesrv-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0d:%s:0:640:%s:0])\n"
        "\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            ids.r.randrange(10, 99), ids.r.randrange(10, 99), ids.hex(4), ids.hex(4), fwd, ids.alnum(10), rc.email,
            rdate(plus(t, 1), "MSK")),
    ]
    ip = "95.165.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250))
    plain = (
        "Яндекс ID\n\n"
        "Здравствуйте, Дмитрий!\n\n"
        "В ваш аккаунт %s выполнен вход с нового устройства.\n\n"
        "Когда: 17 ноября 2026, 10:42 (МСК)\n"
        "Устройство: Windows 11, Яндекс Браузер\n"
        "Где: Москва, Россия (IP %s)\n\n"
        "Если это были вы, ничего делать не нужно.\n\n"
        "Если это были не вы, смените пароль и завершите все сеансы: https://id.yandex.ru/security\n\n"
        "С заботой,\nкоманда Яндекс ID\n") % (rc.email, ip)
    html = html_doc(
        '<table width="560" style="font-family:YS Text,Arial,sans-serif;font-size:15px;color:#000"><tr><td style="padding:20px 0">'
        '<img src="https://yastatic.net/s3/passport-static/core/_/yandex-id-logo.png" width="120" alt="Яндекс ID"></td></tr>'
        "<tr><td><p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>%s</b> выполнен вход с нового устройства.</p>"
        '<table style="font-size:14px;color:#555"><tr><td>Когда:</td><td>17 ноября 2026, 10:42 (МСК)</td></tr>'
        "<tr><td>Устройство:</td><td>Windows 11, Яндекс Браузер</td></tr><tr><td>Где:</td><td>Москва, Россия (IP %s)</td></tr></table>"
        "<p>Если это были вы, ничего делать не нужно.</p>"
        '<p>Если это были не вы, <a href="https://id.yandex.ru/security">смените пароль и завершите все сеансы</a>.</p>'
        "<p>С заботой,<br>команда Яндекс ID</p></td></tr></table>" % (rc.email, ip), "ru")
    body = alt(text(plain, "plain", "utf-8", "base64"), html_text(html, "utf-8", "base64"),
               "===============%d==" % ids.r.randrange(10 ** 18, 10 ** 19))
    hs = [
        ("Content-Type", None),
        ("MIME-Version", "1.0"),
        ("From", addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B", "utf-8")),
        ("To", rc.email),
        ("Subject", hval("Вход в аккаунт с нового устройства", "utf-8", "B", "utf-8")),
        ("Date", rdate(t, "UTC", day="pad0")),
        ("Message-Id", "<%s.%d@passport.yandex.ru>" % (ids.hex(16), int(t.timestamp()))),
        ("X-Yandex-Service", ids.b64(24)),
        ("List-Id", "<passport.yandex.ru>"),
    ]
    return m.finish("<noreply@id.yandex.ru>", rec, hs, body,
        "Genuine Yandex ID sign-in notification for the Russian general director's Yandex Business account (new device, Moscow IP)",
        "Yandex's own notification and forward relays, informational: time, device and location of a sign-in he made; the only link is id.yandex.ru/security.")


def b38():
    m = Mail("business", 38, "ru", "postavshik-novye-rekvizity-pravilno")
    ids = m.ids
    t = T("2026-12-08 08:05:51")
    rc = S("ru_acc")
    dom = "severenergomontazh.ru"
    corr = bk.ru_corr_account(SBER_BIK)
    rec = [
        I.mx(ids, "mx.%s" % dom, "mx.%s" % dom, "195.161.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(2, 250)), rc.email, plus(t, 2)),
        I.postfix(ids, "mx.%s" % dom, "BUH-2", None, "192.168.0.42", plus(t, 1), zone="MSK", tls="1.2", auth=True),
    ]
    plain = (
        "Уважаемая Ольга Викторовна!\n\n"
        "Сообщаем, что с 01.01.2027 ООО «СеверЭнергоМонтаж» переходит на расчётно-кассовое обслуживание в "
        "ПАО Сбербанк. Новые реквизиты для оплаты с 01.01.2027:\n\n"
        "Получатель: ООО «СеверЭнергоМонтаж»\n"
        "ИНН %s / КПП 772701001\n"
        "Р/с %s\n"
        "Банк: ПАО Сбербанк, г. Москва\n"
        "БИК %s\n"
        "К/с %s\n\n"
        "Текущий счёт в АО «Альфа-Банк» действует до 31.03.2027; платежи, отправленные на него до этой даты, "
        "будут зачислены. Счета, выставленные в декабре, оплачивайте, пожалуйста, по старым реквизитам.\n\n"
        "Официальное письмо об изменении реквизитов за подписью генерального директора и главного "
        "бухгалтера направлено Вам через ЭДО (Диадок) 07.12.2026. Просим перед изменением данных в 1С сверить "
        "реквизиты по телефону с нашим главным бухгалтером Мельниковой Татьяной Петровной: "
        "+7 495 984-21-60 (номер указан в договоре).\n\n"
        "С уважением,\nБухгалтерия ООО «СеверЭнергоМонтаж»\n"
        "125438, г. Москва, ул. Автомоторная, д. 4А\n") % (SEM_INN, SEM_NEW_ACC, SBER_BIK, corr)
    body = text(plain, "plain", "windows-1251", "8bit")
    hs = [
        ("Date", rdate(t, "MSK", day="pad0")),
        ("From", addr("Бухгалтерия СеверЭнергоМонтаж", "buh@" + dom, "windows-1251", "B", "windows-1251")),
        ("Reply-To", addr("Бухгалтерия СеверЭнергоМонтаж", "buh@" + dom, "windows-1251", "B", "windows-1251")),
        ("X-Mailer", "The Bat! (v10.4.1) Professional"),
        ("Organization", hval("ООО «СеверЭнергоМонтаж»", "windows-1251", "B", "windows-1251")),
        ("Message-ID", "<%d.%s@%s>" % (ids.r.randrange(10 ** 9, 2 * 10 ** 9), t.strftime("%Y%m%d%H%M%S"), dom)),
        ("To", addr("Кузнецова Ольга", rc.email, "windows-1251", "B", "windows-1251")),
        ("Subject", hval("Новые банковские реквизиты с 01.01.2027", "windows-1251", "B", "windows-1251")),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<buh@%s>" % dom, rec, hs, body,
        "Genuine change of bank details from the supplier СеверЭнергоМонтаж: new Sberbank account from 01.01.2027, signed letter via EDO (Diadoc), phone verification requested",
        "Real domain (…montazh.ru) and the supplier's own server with its usual The Bat! client; same INN, major bank, valid BIK/account keys (Sberbank's real BIK and correspondent account), long notice, old account stays valid, December invoices on old details, official letter through EDO and a call-back to the number in the contract. Hard negative of attack 38.")


def b39():
    m = Mail("business", 39, "ru", "bolnichny-lichnaya-pochta-yandex")
    ids = m.ids
    t = T("2026-11-23 16:39:20")
    mgr = S("ru_mgr")
    sender = "olga.kuznetsova78@yandex.ru"
    rec = I.yandex(ids, t, mgr.email, "")
    rec[-1] = "by %s.sas.yp-c.yandex.net with HTTP;\n\t%s" % (ids.alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"), rdate(t, "MSK"))
    plain = (
        "Дмитрий Александрович, добрый вечер!\n\n"
        "Пишу с личной почты: я заболела, сегодня открыла больничный (электронный), завтра и, скорее всего, "
        "до конца недели меня не будет.\n\n"
        "Срочные платежи на завтра согласованы и загружены в банк-клиент, нужно только подписать Вашей ЭП. "
        "Пояснения в налоговую по НДС за 3 квартал подготовлены, отправлю их через оператора ЭДО, как только "
        "выйду – срок до 2 декабря, успеваем.\n\n"
        "Если что-то срочное, звоните на мобильный.\n\n"
        "Ольга\n")
    body = text(plain, "plain", "utf-8", "base64")
    hs = [
        ("X-Yandex-Fwd", "1"),
        ("From", addr("Ольга Кузнецова", sender, "utf-8", "B", "utf-8")),
        ("To", addr("Дмитрий Соколов", mgr.email, "utf-8", "B", "utf-8")),
        ("Subject", hval("Больничный", "utf-8", "B", "utf-8")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", rdate(t, "MSK")),
        ("Message-Id", "<%d%d@mail.yandex.ru>" % (ids.r.randrange(10 ** 6, 10 ** 7), int(t.timestamp()))),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Colleague's private Yandex mail: the Russian chief accountant is on sick leave; payments for tomorrow await the director's e-signature",
        "Private consumer mailbox, natural tone; reports sick leave, points to the normal bank-client signing and the EDO channel for the tax office, offers the mobile phone — no request to pay, change data or open anything.")


def b40():
    m = Mail("business", 40, "ru", "pretenziya-klienta-hladokombinat")
    ids = m.ids
    t = T("2026-10-28 11:26:09")
    rc = S("ru_mgr")
    dom = "hladokombinat-pm.ru"
    rec = [
        I.mx(ids, "mail.%s" % dom, "mail.%s" % dom, "81.177.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(2, 250)), rc.email, plus(t, 2)),
        I.postfix(ids, "mail.%s" % dom, "URIST-PC", None, "10.1.1.37", plus(t, 1), zone="MSK", tls="1.2", auth=True),
    ]
    plain = (
        "Генеральному директору ООО \"Экзампл Груп Рус\"\nСоколову Д.А.\n\n"
        "Уважаемый Дмитрий Александрович!\n\n"
        "Направляем претензию по договору энергоснабжения N ЭС-2025/117 от 12.12.2025.\n\n"
        "В счете за сентябрь 2026 г. N 26-09-00418 стоимость электроэнергии рассчитана по третьей ценовой "
        "категории, тогда как с 01.07.2026 по дополнительному соглашению N 3 расчеты должны производиться по "
        "четвертой ценовой категории. Переплата по нашему расчету составляет 186 420,00 руб. (в т.ч. НДС).\n\n"
        "Просим в срок 30 дней, установленный п. 8.2 договора, произвести перерасчет и выставить "
        "корректировочный счет-фактуру либо зачесть переплату в счет будущих платежей. Расчет переплаты "
        "направлен также через ЭДО, оригинал претензии - заказным письмом с уведомлением.\n\n"
        "С уважением,\nБелова Ирина Сергеевна\nначальник юридического отдела\nООО \"Хладокомбинат Подмосковье\"\n"
        "ИНН %s\nтел. +7 4967 55-18-20\n") % HK_INN
    body = text(plain, "plain", "koi8-r", "quoted-printable")
    hs = [
        ("From", addr("Белова Ирина Сергеевна", "i.belova@" + dom, "koi8-r", "B", "koi8-r")),
        ("To", addr("Соколов Дмитрий", rc.email, "koi8-r", "B", "koi8-r")),
        ("Cc", "olga.kuznetsova@examplegroup.eu"),
        ("Subject", hval("Претензия по договору N ЭС-2025/117 (счет за сентябрь 2026)", "koi8-r", "B", "koi8-r")),
        ("Date", rdate(t, "MSK")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "ru"),
    ]
    return m.finish("<i.belova@%s>" % dom, rec, hs, body,
        "Genuine customer claim (претензия) from the legal department of Хладокомбинат Подмосковье: September bill calculated in the wrong price category, overpayment RUB 186,420",
        "Sent from the customer's own domain and mail server, cites contract, invoice and clause, uses the contractual 30-day period and official channels (EDO, registered letter); no links or archives. Hard negative of the fake-claim attack 39.")


ALL = [b37, b38, b39, b40]
