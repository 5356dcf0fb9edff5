"""Russian genuine business messages (37-40)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import util as U
from msg import Msg, alt, hdrs_outlook365

RU_INN = B.ru_inn10("773601845")
RU_KPP = "773601001"


def b37():
    m = Msg("business", 37, "ru", "contractor-invoice-yandex360")
    r = m.rng
    m.t = I.at(2026, 11, 20, 15, 2, 19, "RU")
    m.env = env = I.yandex(r, m.t)
    env.msgid = "<%d@mail.yandex.ru>" % r.randint(10 ** 14, 10 ** 15 - 1)
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.mailfrom = "i.pavlova@telekomstroy.ru"
    corr = "30101810400000000225"
    assert B.ru_account_valid(C.TS_BIK, C.TS_ACC) and B.ru_account_valid(C.TS_BIK, corr, correspondent=True)
    text = M.paras_to_text([
        "Добрый день, Ольга!",
        "",
        "Направляю счёт № 312 от 20.11.2026 за монтаж СКС и оптических линий в машзале 2 (этап 3, акт КС-2 подписан 18.11). Оригиналы УПД и акта отправим через Диадок в течение дня.",
        "",
        "Сумма: 186 400,00 руб., в т.ч. НДС 20%.",
        "Оплата по договору: 10 банковских дней.",
        "Реквизиты прежние: ПАО Сбербанк, р/с %s, БИК %s." % (C.TS_ACC, C.TS_BIK),
        "",
        "С уважением,",
        "Ирина Павлова",
        "бухгалтерия ООО «ТелекомСтрой»",
        "+7 (495) 781-44-26",
    ])
    doc = pdf.make_pdf([
        ("ООО «ТелекомСтрой»", 14, True), "ИНН %s  КПП %s  ОГРН %s" % (C.TS_INN, C.TS_KPP, C.TS_OGRN), "",
        "Банк получателя: ПАО Сбербанк, г. Москва", "БИК %s   к/с %s" % (C.TS_BIK, corr), "Р/с %s" % C.TS_ACC, "", "",
        ("Счёт на оплату № 312 от 20 ноября 2026 г.", 13, True), "",
        "Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s" % (RU_INN, RU_KPP), "Основание: договор № 14/26-СКС от 03.03.2026", "",
        "1. Монтаж СКС и ВОЛС, машзал 2, этап 3            155 333,33 руб.", "",
        "Итого без НДС: 155 333,33 руб.", "НДС 20%: 31 066,67 руб.", ("Всего к оплате: 186 400,00 руб.", 11, True), "", "",
        "Генеральный директор ____________ С. А. Громов", "Главный бухгалтер  ____________ И. В. Павлова",
    ], title="Счёт 312", author="Павлова", creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3", date="D:20261120145544+03'00'")
    m.headers = [("From", M.addr("Ирина Павлова", "i.pavlova@telekomstroy.ru", "utf-8", "B")),
                 ("To", M.addr("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "utf-8", "B")),
                 ("Subject", M.hdr_text("Счёт № 312 от 20.11.2026 - монтаж СКС, этап 3", "utf-8", "B")),
                 ("MIME-Version", "1.0"), ("X-Mailer", "Yandex Mail"), ("Message-Id", env.msgid),
                 ("Date", I.rfc2822(m.t, "RU"))]
    bnd = "----==--bound.%d.%s.yandex.ru" % (r.randint(100000, 999999), "myt" + str(r.randint(1, 9)) + "-" + I.rhex(r, 12))
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "base64", label="utf-8", ct_style="plain"),
        M.attachment(doc, "application/pdf", "Счёт_312_от_20.11.2026.pdf", fname_style="rfc2047b", describe="invoice PDF (Cyrillic text, valid BIK keys)"),
    ], bnd)
    m.what = "Genuine invoice from the cabling contractor (Yandex 360) with unchanged Sberbank details (BIK/account control keys valid)"
    m.why = "Real domain telekomstroy.ru on Yandex's infrastructure, references signed acts and EDO delivery, states bank details unchanged"
    m.hard_neg_of = [38, 39]
    return m


def b38():
    m = Msg("business", 38, "ru", "yandex-id-recovery-code-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 2, 19, 11, 3, "RU")
    m.env = env = I.yandex(r, m.t)
    env.received = env.received[:1]
    m.rcpt = "dmitry.sokolov@example.com"
    m.mailfrom = "noreply@id.yandex.ru"
    code = "%06d" % r.randint(0, 999999)
    paras = [
        "Код подтверждения",
        "",
        "Здравствуйте, Дмитрий!",
        "",
        "Вы запросили восстановление доступа к Яндекс ID dmitry.sokolov.msk. Код подтверждения: %s" % code,
        "",
        "Код действует 10 минут. Никому его не сообщайте, даже сотрудникам Яндекса.",
        "",
        "Если вы не запрашивали восстановление, просто проигнорируйте это письмо - ваш пароль останется прежним. Проверить историю входов: https://id.yandex.ru/security",
        "",
        "С заботой о безопасности,",
        "команда Яндекс ID",
    ]
    html = M.simple_html("<table width=\"560\" align=\"center\" style=\"font-family:Arial,sans-serif;font-size:15px;color:#000\"><tr><td style=\"padding:24px\">"
                         "<div style=\"font-size:22px;font-weight:bold\">Яндекс ID</div>"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:4] if p)
                         + "<p>Вы запросили восстановление доступа к Яндекс ID dmitry.sokolov.msk. Код подтверждения:</p><p style=\"font-size:32px;letter-spacing:6px;font-weight:bold\">%s</p>" % code
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[6:7])
                         + "<p>Если вы не запрашивали восстановление, просто проигнорируйте это письмо. <a href=\"https://id.yandex.ru/security\">История входов</a></p>"
                         + "<p>С заботой о безопасности,<br>команда Яндекс ID</p></td></tr></table>", "utf-8", "Яндекс ID")
    m.headers = [("From", M.addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B")), ("To", "dmitry.sokolov@example.com"),
                 ("Subject", M.hdr_text("Код подтверждения для восстановления доступа", "utf-8", "B")),
                 ("MIME-Version", "1.0"), ("Message-Id", "<%d.%s@passport.yandex.ru>" % (int(m.t.timestamp() * 1000), I.rhex(r, 10))),
                 ("Date", I.rfc2822(m.t, "RU")), ("X-Yandex-Service", I.rstr(r, 40, I.ALNUM + "+/") + "==")]
    m.body = alt(M.paras_to_text(paras), html, "utf-8", "quoted-printable", "quoted-printable", "----==--bound.%d.%s" % (r.randint(100000, 999999), I.rhex(r, 12)), label="utf-8", ct_style="plain")
    m.what = "Genuine Yandex ID account-recovery code (user-initiated) sent to the Moscow manager's work address used as backup e-mail"
    m.why = "Sent by Yandex's forward*.mail.yandex.net servers, code only, link to id.yandex.ru, explicit 'do not share' advice"
    return m


def b39():
    m = Msg("business", 39, "ru", "customer-complaint-thebat-cp1251")
    r = m.rng
    m.t = I.at(2026, 12, 1, 10, 34, 48, "RU")
    m.env = env = I.yandex(r, m.t, webmail=False)
    cip = "46.%d.%d.%d" % (r.randint(138, 139), r.randint(0, 255), r.randint(2, 250))
    env.received[1] = env.received[1].replace("by ", "from [192.168.1.%d] (broadband-%s.ip.moscow.rt.ru [%s])\n\tby " % (
        r.randint(2, 60), cip.replace(".", "-"), cip), 1)
    m.rcpt = "dmitry.sokolov@example.com"
    m.mailfrom = "a.morozov84@yandex.ru"
    cs = "windows-1251"
    text = M.paras_to_text([
        "Здравствуйте, Дмитрий!",
        "",
        "Мой VPS (тариф VDS-4, IP 185.41.23.%d) с 7 утра недоступен: панель управления показывает статус «Работает», но по SSH и по HTTP сервер не отвечает. Заявка в поддержку № 90317 создана в 7:20, ответа до сих пор нет." % r.randint(2, 250),
        "",
        "На сервере работает интернет-магазин, каждый час простоя - это прямые потери. Прошу срочно разобраться и сообщить причину.",
        "",
        "Отдельно: до сих пор не получил закрывающие документы (акт и счёт-фактуру) за октябрь, прошу направить через ЭДО или почтой.",
        "",
        "С уважением,",
        "Андрей Морозов",
        "ИП Морозов А. В.",
        "+7 916 204-58-31",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "RU")), ("From", M.addr("Андрей Морозов", "a.morozov84@yandex.ru", cs, "B")),
                 ("X-Mailer", "The Bat! (v11.2.3) Professional"), ("Reply-To", M.addr("Андрей Морозов", "a.morozov84@yandex.ru", cs, "B")),
                 ("X-Priority", "3 (Normal)"), ("Message-ID", "<%d.%s@yandex.ru>" % (r.randint(100000000, 999999999), m.t.strftime("%Y%m%d%H%M%S"))),
                 ("To", M.addr("Дмитрий Соколов", "dmitry.sokolov@example.com", cs, "B")),
                 ("Subject", M.hdr_text("VPS недоступен с утра, заявка 90317", cs, "B")), ("MIME-Version", "1.0")]
    m.body = M.text_part(text, "plain", cs, "quoted-printable", label="windows-1251", ct_style="plain")
    m.what = "VPS customer (sole trader) complains about an outage and missing closing documents, written in The Bat! via Yandex SMTP (windows-1251)"
    m.why = "Known customer, ticket number, consumer mailbox as usual, no links or attachments; asks for documents via EDO or post"
    return m


def b40():
    m = Msg("business", 40, "ru", "internal-year-end-closing-koi8r")
    r = m.rng
    m.t = I.at(2026, 12, 4, 11, 8, 22, "RU")
    m.env = env = I.internal(r, m.t, "10.26.1.44", server="FRA-EXCH02")
    m.rcpt = "dmitry.sokolov@example.com"
    m.mailfrom = "olga.kuznetsova@examplegroup.eu"
    cs = "koi8-r"
    paras = [
        "Коллеги, добрый день!",
        "",
        "Напоминаю сроки закрытия 2026 года по ООО \"Экзампл Груп Рус\":",
        "",
        "- до 18 декабря - сдать авансовые отчеты и оригиналы первичных документов за ноябрь и декабрь;",
        "- до 23 декабря - согласовать акты сверки с поставщиками (ТелекомСтрой, энергосбыт, аренда);",
        "- до 25 декабря - последние платежи поставщикам в 2026 году, заявки после этой даты уйдут в январь.",
        "",
        "Любые изменения банковских реквизитов контрагентов принимаются только по оригиналу письма и после звонка по номеру из договора.",
        "",
        "Спасибо!",
        "Ольга Кузнецова",
        "главный бухгалтер",
    ]
    m.headers = hdrs_outlook365(env, m.t, M.addr("Кузнецова Ольга", "olga.kuznetsova@examplegroup.eu", cs, "B"),
                                M.addr("Офис Москва", "moskva@example.com"),
                                M.hdr_text("Закрытие 2026 года: сроки по документам и платежам", cs, "B"), lang="ru-RU", rng=r)
    m.body = alt(M.paras_to_text(paras), M.outlook_html(paras, cs, "RU"), cs, "quoted-printable", "quoted-printable", env.boundary(0), label="koi8-r")
    m.what = "Internal year-end closing schedule from the Moscow chief accountant (KOI8-R, internal relay)"
    m.why = "Internal relay and Exchange hop, distribution list, routine deadlines, repeats the bank-change verification policy"
    m.hard_neg_of = [38]
    return m


ALL = [b37, b38, b39, b40]
