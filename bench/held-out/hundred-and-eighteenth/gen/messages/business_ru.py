"""Genuine messages, Russian (37-40)."""

from lib import co, ids, office, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, eur, ex_msgid, footer, gost, letterhead, mixed, outlook_att, outlook_bnd,
                             outlook_parts, photo_jpeg, table)
from messages.registry import msg

B = "business"


def _yandex_parts(m, text):
    html = ("<div>" + "</div><div>".join(esc(l) if l else "&nbsp;" for l in text.rstrip("\n").split("\n")) + "</div>\n")
    return alt(m.text(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"), m.boundary("yandex"))


# --------------------------------------------------------------------- 37
@msg(B, 37, "ru", "agrotechservice-schet-qr-gost")
def b37(m):
    A_ = co.ATS
    corr = co.RU_CORR_SBER_LIP
    amount = 386400.00
    payload = gost("ООО «АгроТехСервис»", A_["acc"], "ПАО Сбербанк", A_["bik"], corr, int(round(amount * 100)),
                   "Оплата по счёту № 398 от 02.11.2026 за сервисное обслуживание систем климат-контроля, в т.ч. НДС 20%",
                   A_["inn"], A_["kpp"])
    m.what = ("АгроТехСервис's accounting sends invoice № 398 for the October climate-control service with the GOST payment QR "
              "code for its usual Sberbank account.")
    m.why = ("Contractor's real domain on Yandex 360 (DKIM/DMARC pass), account and БИК identical to the contract, QR payload "
             "consistent with the invoice text, no change of details; routine monthly invoice.")
    m.pair = ["38-ru-agrotehservis-smena-rekvizitov.eml"]
    m.pair_topic = "АгроТехСервис invoice with GOST payment QR"
    m.pair_diff = ("Genuine: agrotechservice.ru, Sberbank account from the contract. Attack: agrotehservice.ru look-alike, "
                   "T-Bank account in text and QR, '115-FZ block' story.")
    h = H(A_["buh"], [co.P("ru_acc")], "Счёт № 398 от 02.11.2026 - АгроТехСервис", D(2026, 11, 2, 15, 22, 40, "ru"),
          date_zone="ru")
    text = ("Добрый день!\n\nНаправляем счёт № 398 от 02.11.2026 за сервисное обслуживание систем климат-контроля и "
            "подкормки за октябрь 2026 г. (договор № 17/СО-2025).\n\nОригиналы закрывающих документов (УПД) направим через "
            "Диадок.\n\nС уважением,\nбухгалтерия ООО «АгроТехСервис»\nтел. +7 4742 50-27-36\n")
    d = m.pdf(info={"Title": "Счет 398", "Producer": "1С:Предприятие 8.3"}, created="D:20261102151812+03'00'", lang="ru-RU")
    p = d.page()
    y = 60
    p.text(56, y, "ООО «АгроТехСервис»", 13, bold=True)
    p.text(56, y + 15, "398059, г. Липецк, ул. Фрунзе, д. 30, оф. 214, тел. +7 4742 50-27-36", 8.5)
    y += 40
    rows = [["ПАО Сбербанк, Липецкое отделение № 8593", "БИК", A_["bik"]], ["", "Сч. №", corr], ["Банк получателя", "", ""],
            ["ИНН %s   КПП %s" % (A_["inn"], A_["kpp"]), "Сч. №", A_["acc"]], ["ООО «АгроТехСервис»", "", ""], ["Получатель", "", ""]]
    for r in rows:
        p.text(60, y, r[0], 9)
        p.text(330, y, r[1], 9)
        p.text(380, y, r[2], 9)
        y += 13
    p.rect(56, y - 90, 484, 84, stroke=(0, 0, 0))
    y += 16
    p.text(56, y, "Счёт на оплату № 398 от 2 ноября 2026 г.", 14, bold=True)
    y += 22
    p.text(56, y, "Поставщик: ООО «АгроТехСервис», ИНН %s, КПП %s" % (A_["inn"], A_["kpp"]), 9)
    p.text(56, y + 13, "Покупатель: ООО «Экзампл Теплицы Рус», ИНН %s, КПП 482601001" % co.OFF["RU"]["ids"][0][1], 9)
    p.text(56, y + 26, "Основание: договор № 17/СО-2025 от 15.01.2025", 9)
    y += 48
    y = table(p, 56, y, ["№", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма"],
              [["1", "Сервисное обслуживание систем климат-контроля, октябрь 2026", "1", "усл.", "238 500,00", "238 500,00"],
               ["2", "Замена датчиков влажности (4 шт.) с материалами", "1", "усл.", "83 500,00", "83 500,00"]],
              [22, 250, 42, 30, 70, 70], aligns=["left", "left", "right", "left", "right", "right"])
    for k, v in (("Итого:", "322 000,00"), ("В т.ч. НДС (20%):", "64 400,00"), ("Всего к оплате:", "386 400,00")):
        p.text(430, y, k, 9, bold=True, align="right")
        p.text(538, y, v, 9, bold=True, align="right")
        y += 13
    y += 8
    p.text(56, y, "Всего наименований 2, на сумму 386 400,00 руб.", 9)
    p.text(56, y + 13, "Триста восемьдесят шесть тысяч четыреста рублей 00 копеек", 9, bold=True)
    p.qr(56, y + 34, 130, m.qr_matrix(payload))
    p.text(180, y + 60, "Оплата по QR-коду в мобильном банке или банк-клиенте", 8.5)
    p.text(180, y + 100, "Руководитель ____________ Белов С. Н.", 9)
    p.text(180, y + 120, "Бухгалтер ______________ Ковалёва И. А.", 9)
    pdf = m.render_pdf(d)
    root = mixed([_yandex_parts(m, text), m.att(pdf, "application/pdf", "Счет_398_от_02.11.2026.pdf",
                                                header_order=["ct", "cd", "cte"])], m.boundary("yandex"))
    return systems.yandex(m, h, root)


# --------------------------------------------------------------------- 38
@msg(B, 38, "ru", "diadok-upd-postuplenie")
def b38(m):
    A_ = co.ATS
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s" % (smtp.uuid(m.rng), smtp.uuid(m.rng), smtp.uuid(m.rng))
    m.what = ("Kontur.Diadok notifies the Russian office that ООО «АгроТехСервис» sent УПД № 398 (universal transfer document) "
              "for signature through the EDI operator.")
    m.why = ("Genuine EDI-operator notice from kontur.ru's own mail system, link to diadoc.kontur.ru, the document matches "
             "invoice 398 sent by the contractor the same week, normal signing workflow with qualified e-signature.")
    m.pair = ["39-ru-diadok-dokument-fake.eml"]
    m.pair_topic = "Diadok notification of an incoming document"
    m.pair_diff = ("Genuine: kontur.ru infrastructure and link to diadoc.kontur.ru. Attack: diadoc-kontur.ru via Unisender with "
                   "a credential page.")
    h = H(("Диадок", "noreply@diadoc.kontur.ru"), [co.P("ru_om")],
          "Входящий документ от ООО «АгроТехСервис»: УПД № 398 от 02.11.2026", D(2026, 11, 5, 11, 3, 18, "ru"))
    text = ("Контур.Диадок\n\n"
            "В ящик ООО «Экзампл Теплицы Рус» поступил документ, требующий подписи:\n\n"
            "Отправитель: ООО «АгроТехСервис», ИНН %s\nДокумент: УПД № 398 от 02.11.2026 (функция СЧФДОП)\n"
            "Сумма: 386 400,00 руб., в т.ч. НДС 64 400,00 руб.\n\n"
            "Открыть документ: %s\n\n"
            "Для подписания потребуется квалифицированная электронная подпись.\n"
            "Настроить уведомления можно в разделе «Настройки» вашего ящика.\n\nКомпания «Контур»\n") % (A_["inn"], url)
    html = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;'
            'font-family:Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:24px"><table width="600" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td '
            'style="padding:18px 26px;border-bottom:3px solid #e8412c;font-size:20px"><b style="color:#e8412c">Контур</b>'
            '<b>.Диадок</b></td></tr><tr><td style="padding:20px 26px;font-size:14px;color:#222;line-height:1.5"><p>В ящик '
            'ООО «Экзампл Теплицы Рус» поступил документ, требующий подписи:</p><p>Отправитель: <b>ООО «АгроТехСервис»</b>, ИНН %s'
            '<br>Документ: УПД № 398 от 02.11.2026 (функция СЧФДОП)<br>Сумма: 386 400,00 руб., в т.ч. НДС 64 400,00 руб.</p>'
            '<p><a href="%s" style="background:#1f87e5;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">'
            'Открыть документ</a></p><p style="font-size:12px;color:#666">Для подписания потребуется квалифицированная электронная '
            'подпись. Настроить уведомления можно в разделе «Настройки» вашего ящика.</p><p style="font-size:12px;color:#666">'
            'Компания «Контур»</p></td></tr></table></td></tr></table></body></html>\n') % (A_["inn"], esc(url))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    host = "mx-out3.kontur.ru"
    hops = ["Received: from diadoc-notifier-12.kontur (unknown [10.34.117.12])\n\tby mx-out3.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        smtp.queue_id(m.rng), h.rcpt, smtp.rfc_date(h.date + S, "ru", pad=True, abbr=True))]
    h.msgid = "<%s@diadoc.kontur.ru>" % smtp.uuid(m.rng)
    return systems.direct(m, h, root, host, host, "192.0.2.118", hops=hops, dkim_d="diadoc.kontur.ru", dkim_s="kontur",
                          order=["date", "from", "to", "msgid", "subject", "mime"], tls=smtp.TLS13, zone="ru",
                          extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])


# --------------------------------------------------------------------- 39
@msg(B, 39, "ru", "sluzhebnaya-zapiska-grafik-koi8r")
def b39(m):
    m.what = ("Internal memo from the Russian office manager to the accountant: duty roster and office hours over the New Year "
              "holidays, and the deadline for December expense reports.")
    m.why = ("Internal Exchange mail between colleagues in KOI8-R as the Russian Outlook still sends it; administrative "
             "content, no links, no attachments, no payment.")
    h = H(co.P("ru_om"), [co.P("ru_acc")], "Служебная записка: график работы офиса в новогодние праздники",
          D(2026, 12, 9, 14, 6, 21, "ru"), hcs="koi8-r", henc="B", date_zone="ru")
    h.msgid = ex_msgid(m, "EXCH01")
    paras = ["Дмитрий, добрый день!", "",
             "Направляю проект графика на праздники, прошу посмотреть до пятницы:", "",
             "- 31.12 - сокращённый день, офис до 15:00;\n- с 01.01 по 11.01 - выходные, дежурство в теплицах по графику агрономов;\n"
             "- 05.01 и 08.01 - в офисе дежурю я (приём документов, почта).", "",
             "Авансовые отчёты за декабрь прошу собрать до 25.12, чтобы успеть закрыть год. Зарплата за первую половину "
             "декабря - 25.12, за вторую - 30.12, как обычно.", "",
             "Спасибо!", "Ольга Кузнецова", "офис-менеджер, ООО \"Экзампл Теплицы Рус\"", "тел. +7 4742 55-18-41"]
    t, ht = outlook_parts(m, paras, "koi8-r", "quoted-printable", "RU", "EmailStyle17", font="Calibri")
    root = alt(t, ht, outlook_bnd(h.msgid, 0))
    return systems.exchange_internal(m, h, root, srv="EXCH01", srv2="EXCH02", client_ip="10.20.81.11",
                                     lang="ru-RU", accept="ru-RU, en-US")


# --------------------------------------------------------------------- 40
@msg(B, 40, "ru", "agrotechservice-otchet-vyezd-foto")
def b40(m):
    A_ = co.ATS
    m.what = ("Service engineer Sergey Belov (АгроТехСервис) sends the report of the 24.11 visit: sensor calibration, a DOCX "
              "work completion certificate and two photos of the replaced climate sensors.")
    m.why = ("Known contractor engineer on the contractor's Yandex 360 domain, expected after the scheduled visit, DOCX without "
             "macros and JPEG photos; asks only for a signature on the certificate at the next visit.")
    m.pair = ["40-ru-pretenziya-clickfix-html.eml"]
    m.pair_topic = "Documents from a Russian counterparty"
    m.pair_diff = ("Genuine: known contractor, DOCX/JPEG, no action outside normal paperwork. Attack: unknown 'claim' with an "
                   "HTML page instructing to paste a command (ClickFix).")
    h = H(A_["belov"], [co.P("ru_om")], "Отчёт о выезде 24.11.2026 - калибровка датчиков, фото", D(2026, 11, 25, 9, 41, 5, "ru"),
          cc=[co.P("ru_acc"), co.P("tech")], date_zone="ru")
    text = ("Ольга, добрый день!\n\nВчера провели плановое обслуживание: откалиброваны датчики EC/pH в узле подкормки, заменены "
            "4 датчика влажности в отделениях 2 и 3, проверена метеостанция. Замечаний по работе системы нет.\n\n"
            "Акт выполненных работ во вложении, подпишем оригинал при следующем выезде 22.12. Фото заменённых датчиков тоже "
            "прикладываю. Бернда копирую - по его запросу по логам СО2 отвечу отдельно.\n\n"
            "С уважением,\nСергей Белов\nинженер сервисной службы\nООО «АгроТехСервис»\n+7 910 352-44-18\n")
    m.tel("+7 910 352-44-18")
    dx = office.docx([("p", "АКТ № 412-С выполненных работ", {"bold": True, "size": 14, "align": "center"}),
                      ("p", "г. Липецк, 24 ноября 2026 г.", {"align": "right"}),
                      ("p", "Исполнитель: ООО «АгроТехСервис», ИНН %s. Заказчик: ООО «Экзампл Теплицы Рус», ИНН %s." % (
                          A_["inn"], co.OFF["RU"]["ids"][0][1]), {}),
                      ("table", [["№", "Наименование работ", "Кол-во"],
                                 ["1", "Калибровка датчиков EC/pH узла подкормки", "2"],
                                 ["2", "Замена датчиков влажности воздуха (отд. 2, 3)", "4"],
                                 ["3", "Проверка метеостанции и контроллера климата", "1"]], {"header": True}),
                      ("p", "Работы выполнены в полном объёме и в срок. Заказчик претензий по объёму, качеству и срокам "
                            "оказания услуг не имеет.", {}),
                      ("p", "Исполнитель: ________ С. Н. Белов            Заказчик: ________", {})],
                     {"title": "Акт 412-С", "creator": "Sergey Belov", "company": "АгроТехСервис",
                      "created": "2026-11-24T14:10:00Z", "modified": "2026-11-25T06:35:00Z", "lang": "ru-RU"})
    j1 = photo_jpeg(m, 320, 240, "sensor")
    j2 = photo_jpeg(m, 320, 240, "greenhouse")
    parts = [_yandex_parts(m, text),
             m.att(dx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Акт_412-С_от_24.11.2026.docx",
                   header_order=["ct", "cd", "cte"]),
             m.att(j1, "image/jpeg", "IMG_20261124_113512.jpg", header_order=["ct", "cd", "cte"]),
             m.att(j2, "image/jpeg", "IMG_20261124_114047.jpg", header_order=["ct", "cd", "cte"])]
    root = mixed(parts, m.boundary("yandex"))
    return systems.yandex(m, h, root)
