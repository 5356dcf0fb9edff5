"""Business messages, Russian (37-40)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

RU = W.OFF["RU"]
SZ = W.SZGS


# ---------------------------------------------------------------------------------------------
@message("business", "37-ru-diadok-uvedomlenie-upd")
def b37(m):
    r = m.r
    t = at(2026, 11, 9, 15, 12, 30, zone="RU")
    link = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s" % (ruuid(r), ruuid(r), ruuid(r))
    text = ("Вам пришел документ\n\n"
            "ООО «СЕВЗАПГИДРОСТРОЙ» отправил вам документ:\n"
            "УПД № 417 от 09.11.2026 на сумму 1 342 000,00 руб., в т. ч. НДС 242 000,00 руб.\n\n"
            "Открыть в Диадоке: %s\n\n"
            "Подписать документ может сотрудник с правом подписи в ящике ООО «ЭКЗАМПЛ ГРУП ГИДРОСТРОЙ».\n\n"
            "Вы получили это письмо, потому что подписаны на уведомления о входящих документах. "
            "Настроить уведомления можно в Диадоке в разделе «Настройки».\n\n"
            "Контур.Диадок - система электронного документооборота\n8 800 500-10-18\n" % link)
    htm = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222"><table width="600" cellpadding="0" '
           'cellspacing="0"><tr><td style="padding:14px 20px;border-bottom:2px solid #ff5a00;font-size:18px"><b>Диадок</b>'
           '</td></tr><tr><td style="padding:18px 20px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[:2]) +
           '<p><a href="%s">Открыть в Диадоке</a></p>' % link +
           "".join("<p style=\"color:#666;font-size:12px\">%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n"))
                   for p in text.split("\n\n")[3:]) + '</td></tr></table></body></html>')
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="hex")
    ctx = m.ctx(t, ("Диадок", "noreply@diadoc.kontur.ru"), [W.st("anna")],
                "Новый документ от ООО «СЕВЗАПГИДРОСТРОЙ»: УПД № 417 от 09.11.2026", root, zone="RU")
    ctx.msgid = "<%s@diadoc.kontur.ru>" % ruuid(r)
    ctx.env_from = "bounce@diadoc.kontur.ru"
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("List-Unsubscribe", "<https://diadoc.kontur.ru/settings/notifications>")]
    res = S.platform(ctx, "smtp-out3.kontur.ru", "192.0.2.48", mua,
                     [("diadoc.kontur.ru", "kdkim", "From:To:Subject:Date:Message-ID", "opendkim")],
                     inner=["from notifier-12.diadoc.local (unknown [10.34.7.12])\n\tby smtp-out3.kontur.ru (Postfix) with "
                            "ESMTP id {QID}\n\tfor <%s>; {DATE}" % W.st("anna")[1]], dmarc=("pass", "reject"))
    m.facts(url=[link])
    m.phone("8 800 500-10-18")
    m.describe("Genuine EDO-operator notification: a UPD (universal transfer document) from the customer/subcontractor "
               "Севзапгидрострой arrived in the company's Diadoc box.",
               "Genuine: operator's own domain and relay (DKIM/DMARC pass), link to diadoc.kontur.ru, document number and "
               "amount match the invoice B38, no deadline threats.",
               pair="A38 (fake Diadoc), A37 (fake FNS demand)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "38-ru-szgs-schet-qr-st00012")
def b38(m):
    r = m.r
    t = at(2026, 11, 16, 14, 20, 54, zone="RU")
    items = [("Аренда буксира-кантовщика «Невский-7» с экипажем\nдля обслуживания земснаряда, ноябрь 2026", 150, "ч", 6400.00),
             ("Промерные работы (однолучевой эхолот), причалы 82-84", 1, "усл.", 140000.00)]
    net = round(sum(q * p for _, q, _, p in items), 2)
    vat = round(net * 0.22, 2)
    gross = round(net + vat, 2)
    payload = I.st00012([("Name", "ООО «СЕВЗАПГИДРОСТРОЙ»"), ("PersonalAcc", SZ["acc"]),
                         ("BankName", "Северо-Западный банк ПАО Сбербанк"), ("BIC", SZ["bik"]), ("CorrespAcc", W.RU_CORR),
                         ("PayeeINN", SZ["inn"]), ("KPP", SZ["kpp"]), ("Sum", "%d" % round(gross * 100)),
                         ("Purpose", "Оплата по счету № 418 от 16.11.2026, в т.ч. НДС 22%% %s руб." % docs.money(vat, "ru").replace("\u00a0", " "))])
    pdfb, n2, v2, g2 = docs.invoice_pdf(
        m, "ru", dict(name="ООО «Севзапгидрострой»", tag=["Гидротехнические и дноуглубительные работы"],
                      lines=["ООО «Севзапгидрострой»", "198035, Санкт-Петербург,", "Межевой канал, д. 3, к. 2",
                             "ИНН %s / КПП %s" % (SZ["inn"], SZ["kpp"]), "buh@szgs.ru"],
                      short=["ООО «Севзапгидрострой»", "Санкт-Петербург"]),
        ["ООО «Экзампл Груп Гидрострой»", "ИНН %s / КПП %s" % (RU["ids"]["ИНН"], RU["ids"]["КПП"]),
         "199106, Санкт-Петербург,", "Кожевенная линия, д. 34"],
        [("Счет №", "418"), ("от", "16.11.2026"), ("Договор", "№ 14/26-СП"),
         ("Оплатить до", "26.11.2026")],
        items, 22,
        ["Получатель: ООО «СЕВЗАПГИДРОСТРОЙ», ИНН %s, КПП %s" % (SZ["inn"], SZ["kpp"]),
         "Банк: Северо-Западный банк ПАО Сбербанк, БИК %s, к/с %s" % (SZ["bik"], W.RU_CORR), "Р/с %s" % SZ["acc"]],
        [["ООО «Севзапгидрострой»", "ОГРН 1137847123458"], ["Генеральный директор", "А. П. Смирнов"],
         ["Главный бухгалтер", "Е. В. Морозова"]],
        t, 180, qr_payload=payload, qr_label="Оплата по QR-коду", creator="1С:Предприятие 8.3 (8.3.25.1394)",
        producer="1С:Предприятие 8.3", color=(30, 60, 110), currency="руб.", loc="ru")
    text = ("Добрый день!\n\nНаправляем счет на оплату № 418 от 16.11.2026 по договору № 14/26-СП (аренда буксира и "
            "промерные работы за ноябрь). Оригиналы УПД направлены через Диадок.\n\n"
            "Оплатить можно по реквизитам в счете или по QR-коду из мобильного банка.\n\n"
            "С уважением,\nБухгалтерия ООО «Севзапгидрострой»\nтел. +7 812 643 18 02\n")
    root = m.multi("mixed", [m.text(text, "windows-1251", "quoted-printable"),
                             m.attach(pdfb, "application/pdf", "Счет_418_от_16.11.2026.pdf", fstyle="windows-1251:B")],
                   style="java")
    ctx = m.ctx(t, SZ["people"]["buh"][:2], [W.st("dmitry")], "Счет на оплату № 418 от 16.11.2026", root, zone="RU",
                subj_cs="windows-1251", subj_enc="B")
    res = S.yandex(ctx, dkim_dom="szgs.ru", web=False, mua_extra=[("X-Mailer", "1C:Enterprise 8.3")])
    m.meta["accounts"].append(("ru", SZ["acc"], SZ["bik"]))
    m.meta["accounts"].append(("ru-corr", W.RU_CORR, SZ["bik"]))
    m.phone("+7 812 643 18 02")
    m.describe("Subcontractor's accounting sends a 1C invoice (tug rental and soundings) with the standard GOST R 56042 "
               "(ST00012) payment QR code; UPD originals go via Diadoc.",
               "Genuine: partner's Yandex 360 domain szgs.ru (DKIM/DMARC pass), contract reference, payee account with "
               "valid BIK control key matching previous payments, amounts consistent with the Diadoc UPD.",
               pair="A39 (fake tender with payment QR)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "39-ru-szgs-priglashenie-zapros-predlozhenij")
def b39(m):
    r = m.r
    t = at(2026, 11, 17, 10, 30, 3, zone="RU")
    link = "https://utp.sberbank-ast.ru/Trade/NBT/PurchaseView/33/0/0/%d" % r.randint(1000000, 1999999)
    text = ("Анна, добрый день!\n\n"
            "Приглашаем вашу компанию принять участие в запросе предложений № 2026-118 на выполнение дноуглубительных "
            "работ у причалов 82-84 (объем около 95 тыс. м3, срок - май-июль 2027 г.).\n\n"
            "Закупка проводится на площадке Сбербанк-АСТ (торговая секция «Закупки по 223-ФЗ и коммерческие»), "
            "вся документация размещена там: %s\n\n"
            "Обеспечение заявки не требуется. Вопросы по документации - только через функционал площадки, "
            "организационные - мне напрямую.\n\n"
            "Подача предложений - до 08.12.2026.\n\n"
            "С уважением,\nСергей Кузнецов\nЗаместитель генерального директора\nООО «Севзапгидрострой»\n"
            "тел. +7 812 643 18 00, моб. +7 921 955 40 17\n" % link)
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"),
                                   m.html(finalize_html(outlook_html(text, "RU"), "utf-8"), "utf-8", "quoted-printable")],
                   style="generic")
    ctx = m.ctx(t, SZ["people"]["kuznetsov"][:2], [W.st("anna")], "Приглашение: запрос предложений № 2026-118, "
                "дноуглубление у причалов 82-84", root, zone="RU", cc=[W.st("dmitry")])
    res = S.yandex(ctx, dkim_dom="szgs.ru", web=False, mua_extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                                                   ("Thread-Index", S.thread_index(r)),
                                                                   ("Content-Language", "ru")])
    m.facts(url=[link])
    m.phone("+7 812 643 18 00", "+7 921 955 40 17")
    m.describe("Customer's deputy director invites the company to a commercial request for proposals for dredging at "
               "berths 82-84, run on the Sberbank-AST e-procurement platform.",
               "Genuine: known contact and domain (Yandex 360, DKIM/DMARC pass), documents only on the official platform, "
               "explicitly no bid security, questions via the platform.",
               pair="A39 (fake tender asking for bid security by QR)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "40-ru-kollega-lichnaya-pochta")
def b40(m):
    r = m.r
    t = at(2026, 12, 12, 11, 48, 19, zone="RU")
    text = ("Анна, привет!\n\n"
            "Пишу с личной почты - рабочий ноутбук забрали на обновление до понедельника, а в веб-почту с телефона "
            "не пускает без токена. Можешь, пожалуйста, положить мне в общую папку «Бухгалтерия/Сверки» акт сверки с "
            "СЗГС за 9 месяцев? Он у тебя в папке входящих от Диадока, я потом сам подпишу в понедельник.\n\n"
            "Ничего срочного, просто хочу в выходные посмотреть расхождения по НДС.\n\n"
            "Спасибо!\nДима\n")
    root = m.multi("alternative", [m.text(text, "utf-8", "base64"),
                                   m.html("<div>" + "".join("<div>%s</div>" % (html_escape(l) if l else "&nbsp;")
                                                             for l in text.split("\n")) + "</div>", "utf-8", "base64")],
                   style="yandex")
    ctx = m.ctx(t, ("Дмитрий Волков", "d.volkov.spb@yandex.ru"), [W.st("anna")], "Акт сверки с СЗГС (пишу с личной почты)",
                root, zone="RU")
    res = S.yandex(ctx, web=True, dmarc=("pass", "none"))
    m.describe("The St Petersburg accountant writes from his private Yandex address asking a colleague to put a "
               "reconciliation statement into the shared folder.",
               "Genuine: colleague's private mailbox used openly with a reason, asks for an internal file to be placed "
               "in the internal share (not sent to the private address), no urgency, no payment, no link.",
               pair="A40 (fake CEO on mail.ru)")
    return m.finish(ctx, res)
