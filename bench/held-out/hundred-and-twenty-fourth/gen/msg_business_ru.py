"""business/37-40 (Russian)."""

import arch
import ids
import infra
import kit
import mime
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

RU = ENT["RU"]


def koi(s):
    """What a KOI8-R mail client can actually transmit."""
    return s.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")

DV = CORR["dvor"]


# ------------------------------------------------------------------ 37 ----
@msg("business", "37", "ru", "akt-sverki-xlsx-yandex")
def b37(c):
    r = c.rng
    t = T(2026, 10, 12, 12, 31, 6, "MSK")
    os_ = P("olga.smirnova")
    rows = [[("b", "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ за период 01.07.2026 - 30.09.2026")],
            ["между ООО «Мясной Двор» (ИНН %s) и ООО «Экзампл Рус» (ИНН %s)" % (DV["inn"], RU["inn"])], [],
            [("b", "Дата"), ("b", "Документ"), ("b", "Дебет, руб."), ("b", "Кредит, руб.")],
            ["01.07.2026", "Сальдо начальное", ("n2", 0.0), ("n2", 412380.00)],
            ["08.07.2026", "УПД № 842 (оболочка свиная 32/34)", "", ("n2", 648900.00)],
            ["15.07.2026", "Оплата, п/п № 2217", ("n2", 1061280.00), ""],
            ["19.08.2026", "УПД № 963 (смесь специй «Краковская»)", "", ("n2", 287450.00)],
            ["04.09.2026", "УПД № 1021 (черева говяжьи)", "", ("n2", 533120.00)],
            ["22.09.2026", "Оплата, п/п № 2489", ("n2", 287450.00), ""],
            ["30.09.2026", "Сальдо конечное", "", ("n2", 533120.00)], [],
            ["По данным ООО «Мясной Двор» на 30.09.2026 задолженность в пользу ООО «Экзампл Рус» составляет 533 120,00 руб."],
            ["Реквизиты ООО «Экзампл Рус»: р/с %s в %s, БИК %s, к/с %s" % (RU["rs"], RU["bank"], RU["bik"], RU["ks"])]]
    x = arch.make_xlsx([("Акт сверки", rows, [12, 42, 16, 16])], (2026, 10, 12, 9, 20, 0), creator="Кузнецова И.В.", company="ООО «Мясной Двор»")
    text = """Ольга, добрый день!

Направляю акт сверки за 3 квартал 2026 г. с нашей стороны. Расхождений с вашими данными у нас нет, задолженность 533 120,00 руб. по УПД № 1021 оплатим по графику до 20.10.

Подписанный экземпляр отправим также через Диадок.

С уважением,
Ирина Кузнецова
Главный бухгалтер ООО «Мясной Двор»
тел. +7 495 641-22-18
"""
    html = "<div>" + "".join("<div>%s</div>" % (E(ln) if ln else "&nbsp;") for ln in text.split("\n")) + "</div>"
    b1 = "----==%s" % infra.rhex(r, 30)
    b2 = "----==%s" % infra.rhex(r, 30)
    alt = kit.alt(b2, text, html, "utf-8", "base64", ct_style="bare")
    att = mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Акт сверки 3 кв 2026 Экзампл Рус.xlsx", style="plain")
    root = kit.mixed(b1, [alt, att])
    frm = mime.addr("Ирина Кузнецова", "i.kuznetsova@myasnoydvor.ru", "utf-8", "B")
    mid = "<%d%d@mail.yandex.ru>" % (r.randint(10 ** 6, 10 ** 7), infra.epoch(t))
    ch = [hdr("From", frm), hdr("To", mime.addr("Ольга Смирнова", os_[1], "utf-8", "B")),
          hdr("Subject", mime.hdr_text("Акт сверки 3 кв. 2026 - Мясной Двор / Экзампл Рус", "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
          hdr("Date", rfcdate(t, "MSK")), hdr("Message-Id", mid)]
    s = senders.yandex(r, t, ch, frm, "myasnoydvor.ru")
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "none", "myasnoydvor.ru"))
    return spec(H, root,
                "Moscow customer's chief accountant sends the Q3 reconciliation statement as XLSX (casings, spice blends).",
                "Customer's Yandex 360 domain (DKIM/SPF/DMARC pass), plain XLSX with figures consistent with deliveries, our own bank details (keyed account numbers), signed copy to follow via the EDI operator.",
                phones=["+7 495 641-22-18"],
                checks=[("RU settlement account key", lambda: ids.ru_account_ok(RU["bik"], RU["rs"])),
                        ("RU correspondent account key", lambda: ids.ru_corr_ok(RU["bik"], RU["ks"])),
                        ("INN/OGRN check digits", lambda: ids.ru_inn_ok(RU["inn"]) and ids.ru_ogrn_ok(RU["ogrn"]) and ids.ru_inn_ok(DV["inn"]))],
                pair=[("38", "Reconciliation statement (акт сверки) from the Moscow customer",
                       "Same mailbox: the attack (after compromise) sends a ZIP with a .xls.js; the genuine statement is a plain XLSX with consistent figures.")])


# ------------------------------------------------------------------ 38 ----
@msg("business", "38", "ru", "diadok-uvedomlenie-nastoyashee")
def b38(c):
    r = c.rng
    t = T(2026, 10, 13, 15, 2, 51, "MSK")
    os_ = P("olga.smirnova")
    did = infra.guid(r)
    box = infra.guid(r)
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (box, infra.guid(r), did)
    text = """Новый документ в Диадоке

ООО «МЯСНОЙ ДВОР» отправил вам документ:
Акт сверки взаимных расчетов за период 01.07.2026 - 30.09.2026
Требуется подпись

Открыть документ: %s

Это уведомление отправлено автоматически, на него не нужно отвечать. Настроить уведомления можно в разделе «Настройки» Диадока.
АО «ПФ «СКБ Контур», Контур.Диадок, 8 800 500-10-18
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 0;font-size:18px;font-weight:bold;color:#2291ff">Диадок</td></tr><tr><td>'
            '<p style="font-size:18px">Новый документ в Диадоке</p><p>ООО «МЯСНОЙ ДВОР» отправил вам документ:<br><b>Акт сверки взаимных расчетов за период 01.07.2026 - 30.09.2026</b><br>Требуется подпись</p>'
            '<p><a href="%s" style="background:#2291ff;color:#fff;padding:9px 20px;text-decoration:none;border-radius:3px">Открыть документ</a></p>'
            '<p style="font-size:12px;color:#777">Это уведомление отправлено автоматически, на него не нужно отвечать. Настроить уведомления можно в разделе «Настройки» Диадока.<br>АО «ПФ «СКБ Контур», Контур.Диадок, 8 800 500-10-18</p>'
            '</td></tr></table></body></html>') % Eq(url)
    root = kit.alt("----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000), text, html, "utf-8", "base64", ct_style="bare")
    frm = mime.addr("Диадок", "noreply@diadoc.ru", "utf-8", "B")
    mid = "<%s@diadoc.ru>" % infra.guid(r)
    ch = [hdr("Date", rfcdate(t, "MSK")), hdr("From", frm), hdr("To", os_[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Новый документ от ООО «МЯСНОЙ ДВОР»: Акт сверки", "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Diadoc-Notification", "NewDocument")]
    host, ip = "mx-out3.kontur.ru", "192.0.2.203"
    inner = [senders.rec_local_app(r, plus(t, 1), "notify-diadoc-07.kontur.ru", host, relay_ip_tz="MSK", app_ip="10.34.12.7")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="diadoc.ru", selector="dkim2025", inner=inner, amavis=False, tz="MSK")
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "reject", "diadoc.ru"))
    return spec(H, root,
                "Kontur.Diadoc notification that the customer sent the signed Q3 reconciliation statement through the EDI system.",
                "From diadoc.ru via Kontur's relay (DKIM/DMARC pass), refers to the statement announced in business/37, link to diadoc.kontur.ru.",
                urls=[url], phones=["8 800 500-10-18"],
                pair=[("39", "Kontur.Diadoc EDI notifications",
                       "Attack: look-alike diadoc-kontur.ru on a VPS with an unexpected UPD and a login page; genuine: diadoc.ru relay, expected document, link to diadoc.kontur.ru.")])


# ------------------------------------------------------------------ 39 ----
@msg("business", "39", "ru", "vsd-merkurij-thebat-cp1251")
def b39(c):
    r = c.rng
    t = T(2026, 11, 19, 16, 44, 12, "MSK")
    os_ = P("olga.smirnova")
    text = """Здравствуйте, Ольга!

Партию оболочки (черева говяжьи, калибр 40/43, 46 пачек) по УПД № 1163 приняли сегодня на склад на Складочной. ВСД в «Меркурии» погасили в 16:20, расхождений по количеству нет, температура при приемке +3.

По следующей партии (смесь специй, УПД № 1178) прошу до пятницы прислать удостоверение качества, без него склад не примет.

--
С уважением,
Сергей Лебедев
логистика / ветдокументы
ООО «Мясной Двор»
+7 916 204-38-71
"""
    root = kit.single(text, "plain", "windows-1251", "8bit", csname="windows-1251", ct_style="bare")
    frm = mime.addr("Сергей Лебедев", "s.lebedev@myasnoydvor.ru", "windows-1251", "B")
    mid = "<%s.%s@myasnoydvor.ru>" % (infra.rhex(r, 8, True), infra.rhex(r, 8, True))
    ch = [hdr("Date", rfcdate(t, "MSK")), hdr("From", frm), hdr("Reply-To", frm), hdr("X-Priority", "3 (Normal)"),
          hdr("Message-ID", mid), hdr("To", mime.addr("Ольга Смирнова", os_[1], "windows-1251", "B")),
          hdr("Subject", mime.hdr_text("Приемка по УПД 1163, ВСД погашены", "windows-1251", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "The Bat! (v11.2.1) Professional")]
    s = senders.yandex(r, t, ch, frm, "myasnoydvor.ru")
    H, _, _ = infra.deliver(r, s, os_[1], dmarc=("pass", "none", "myasnoydvor.ru"))
    return spec(H, root,
                "Customer's logistics contact (The Bat!, windows-1251, 8bit) confirms receipt of a casings delivery and that the Mercury veterinary certificates were extinguished.",
                "Operational mail from the customer's Yandex 360 domain (DKIM/SPF/DMARC pass) about the real Mercury workflow, no links, known contact.",
                phones=["+7 916 204-38-71"],
                pair=[("40", "FGIS Mercury / VetIS veterinary certificates",
                       "Attack threatens to block the Mercury account unless credentials are entered on a look-alike; genuine mail just reports VSD extinguished in Mercury.")])


# ------------------------------------------------------------------ 40 ----
@msg("business", "40", "ru", "vnutrennee-trebovanie-fns-sbis-koi8r")
def b40(c):
    r = c.rng
    t = T(2026, 11, 18, 11, 26, 40, "MSK")
    dv = P("dmitry.volkov")
    os_ = P("olga.smirnova")
    tm = P("lukas.hoffmann")
    text = """Ольга, добрый день!

Сегодня через СБИС пришло настоящее требование из ИФНС № 46 о представлении пояснений по НДС за 3 квартал (№ 12-13/18822 от 17.11.2026). Квитанцию о приеме я уже отправил, срок ответа - 5 рабочих дней, т.е. до 25.11. Речь о расхождении по УПД № 1021 «Мясного Двора» - у них счет-фактура попала в 4 квартал. Ирина Кузнецова в курсе, пришлет корректировку.

Отдельно: вчера на мою почту пришло письмо якобы от ИФНС с архивом и паролем (адрес nalog-gov.ru.com). Это подделка - налоговая такие требования по электронной почте не присылает. Я его не открывал и переслал Лукасу в IT security.

Дмитрий Волков
бухгалтер
ООО «Экзампл Рус»
"""
    text = koi(text)
    html = outlook_html(text, "ru")
    msgid, local = infra.exch_msgid(r, "EXCH01")
    root = kit.outlook(local, "EXCH01corpexamplecom", text, html, "koi8-r")
    s = infra.internal_send(r, t, mime.addr("Дмитрий Волков", dv[1], "koi8-r", "B"), [mime.addr("Ольга Смирнова", os_[1], "koi8-r", "B")],
                            mime.hdr_text("Требование ИФНС через СБИС - ответ до 25.11", "koi8-r", "B"), msgid,
                            cc=[mime.addr("Lukas Hoffmann", tm[1])], lang="ru-RU", accept="ru-RU, en-US",
                            mailbox_server="EXCH01", hub="EXCH02")
    H, _, _ = infra.deliver(r, s, os_[1], ar=False)
    return spec(H, root,
                "Moscow accountant tells the office manager internally (KOI8-R) that the real tax demand arrived via the EDI operator and that an e-mailed 'demand' with a ZIP was fake.",
                "Internal Exchange mail via mail-int01, describes the legitimate channel (СБИС) and the real deadline, reports the phishing to IT security.",
                pair=[("37", "Russian tax-service demand (требование ФНС)",
                       "Attack: e-mail with password ZIP from nalog-gov.ru.com; genuine: demand received via the EDI operator and discussed internally.")])
