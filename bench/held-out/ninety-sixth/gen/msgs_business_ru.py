"""Genuine business messages, Russian (4)."""
import datetime as _dt

import finance as fin
import systems as sy
from common import M, S, C, fmt_date, rhex, ralnum
from content import (alt, plain, mixed, branded_alt, pdf_att)
from mime import Text, Multi

F, L = "business", "ru"
INN_EGR = fin.ru_inn10("780241653")
INN_SEV = fin.ru_inn10("290114873")
BIK_SEV = "041117601"
ACC_SEV = fin.ru_key(BIK_SEV, "40702810004000012873")
KS_SEV = fin.ru_key(BIK_SEV, "30101810000000000601", True)

# ---------------------------------------------------------------- 37 genuine supplier invoice (Yandex 360)
M(F, L, "sevlesexport-schet-418-upd",
  C("sevles", 1), [S("kuznetsova")],
  "Счёт № 418 от 02.12.2026 (пиломатериалы, 4 вагона)", "2026-12-02 09:14:26",
  sy.yandex(user_ip="95.55.130.66"),
  mixed(Multi("alternative", [Text("""Ольга, добрый день!

Направляем счёт № 418 от 02.12.2026 на пиломатериалы хвойных пород (4 вагона, отгрузка ст. Исакогорка 07-09.12). УПД направим через Диадок после отгрузки.

Оплата по договору поставки № 14/2025 на наш расчётный счёт в Архангельском отделении № 8637 ПАО Сбербанк, реквизиты в счёте без изменений.

С уважением,
бухгалтерия ООО "СевЛесЭкспорт"
тел. (8182) 65-41-20
""", "plain", "utf-8", "b64"), Text("""<div>Ольга, добрый день!</div><div> </div><div>Направляем счёт № 418 от 02.12.2026 на пиломатериалы хвойных пород (4 вагона, отгрузка ст. Исакогорка 07-09.12). УПД направим через Диадок после отгрузки.</div><div> </div><div>Оплата по договору поставки № 14/2025 на наш расчётный счёт в Архангельском отделении № 8637 ПАО Сбербанк, реквизиты в счёте без изменений.</div><div> </div><div>С уважением,</div><div>бухгалтерия ООО "СевЛесЭкспорт"</div><div>тел. (8182) 65-41-20</div>
""", "html", "utf-8", "b64")]),
        pdf_att("Счет_418_от_02.12.2026.pdf", [
            ("title", "ООО «СевЛесЭкспорт»"),
            ("small", "163000, г. Архангельск, наб. Северной Двины, 112 · ИНН %s · КПП 290101001" % INN_SEV),
            ("mono", "Банк получателя: Архангельское отделение № 8637 ПАО Сбербанк\nБИК %s   К/с %s\nР/с %s" % (BIK_SEV, KS_SEV, ACC_SEV)),
            ("h", "Счёт на оплату № 418 от 02.12.2026"),
            ("p", "Покупатель: ООО «Экзампл Груп Рус», ИНН %s, 194100, г. Санкт-Петербург, Лесной пр., 61" % INN_EGR),
            ("mono", "№  Товар                                   Кол-во   Цена, руб.   Сумма, руб.\n1  Доска обрезная сосна 50x150x6000, сорт 1-3   118 м3    12 450,00   1 469 100,00\n2  Брус ель 100x100x6000, сорт 1-3              104 м3    12 770,00   1 328 080,00\n   Итого без НДС                                                     2 797 180,00\n   НДС 22%                                                             615 379,60\n   Всего к оплате                                                    3 412 559,60"),
            ("p", "Основание: договор поставки № 14/2025. Оплата в течение 5 банковских дней."),
            ("p", "Генеральный директор А. Н. Шестаков            Главный бухгалтер Т. В. Ершова"),
        ], {"Producer": "1С:Предприятие 8.3", "Title": "Счёт 418"}, style="2047")),
  cc=[C("sevles", 0)],
  what="The Russian supplier SevLesExport sends invoice No. 418 for four wagons of sawn softwood from its Yandex 360 mailbox; bank details unchanged (Sberbank Arkhangelsk).",
  why="Supplier's real domain sevlesexport.ru via Yandex's servers, contract reference, the UPD will follow through Diadoc, payment to its own long-standing Sberbank account with valid BIK/key.",
  hn=["sevles-lookalike-smena-rekvizitov::same invoice number; real domain and the supplier's own Sberbank account vs. look-alike domain redirecting payment to a Moscow 'agent'"])

# ---------------------------------------------------------------- 38 genuine Yandex ID sign-in notice
def _ya_hops(ctx):
    return ["from mail-notify-%d.sas.yp-c.yandex.net (mail-notify-%d.sas.yp-c.yandex.net [2a02:6b8:c08:%s::1:%d])\n\tby forward501a.mail.yandex.net (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s"
            % (17, 17, rhex(ctx.rng, 4), ctx.rng.randrange(10, 99), ralnum(ctx.rng, 10), ralnum(ctx.rng, 8), ctx.rcpt, fmt_date(ctx.t, "msk"))]


M(F, L, "yandex-id-vhod-novoe-ustroystvo",
  ("Яндекс ID", "noreply@id.yandex.ru"), [S("smirnov")],
  "Вход в аккаунт Яндекс ID", "2026-10-28 19:05:41",
  sy.mta("forward501a.mail.yandex.net", "forward501a.mail.yandex.net", "178.154.239.82", hops_fn=_ya_hops, zone="msk", hcs=("utf-8", "B"),
         msgid_fn=lambda ctx: "<%d%d@notify.yandex.ru>" % (ctx.rng.randrange(100000, 999999), int((ctx.t - _dt.datetime(1970, 1, 1)).total_seconds())),
         pre=[("X-Yandex-Fwd", "1")], boundary=sy.b_yandex),
  branded_alt("Выполнен вход в ваш аккаунт", [
      "Здравствуйте, Алексей!",
      "В ваш аккаунт aleksey.smirnov@example.com выполнен вход с нового устройства.",
      "Когда: 28 октября 2026, 21:05 (МСК). Устройство: Яндекс Браузер, Windows. Место: Санкт-Петербург, Россия.",
      "Если это были вы, ничего делать не нужно. Если вы не входили в аккаунт, смените пароль на странице id.yandex.ru и проверьте список устройств.",
  ], None,
      "С уважением, команда Яндекс ID\nЭто письмо отправлено автоматически, отвечать на него не нужно. © ООО «Яндекс»",
      cs="utf-8", cte="qp", brand="#fc3f1d", logo_text="Яндекс ID", lang="ru",
      preheader="Вход с нового устройства"),
  what="Genuine Yandex ID notice: sign-in to the office manager's Yandex account (registered with his work address) from a new device in St Petersburg.",
  why="Sent from Yandex's own forward*.mail.yandex.net servers; informational, location matches his office, advises changing the password at id.yandex.ru only if it was not him; no urgent link to follow.")

# ---------------------------------------------------------------- 39 genuine Diadoc notification
def _diadoc_hops(ctx):
    return ["from notify-03.diadoc.local (notify-03.diadoc.local [10.34.18.23])\n\tby smtp-out.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (rhex(ctx.rng, 10, True), ctx.rcpt, fmt_date(ctx.t, "msk", True))]


M(F, L, "diadok-novyy-dokument-upd",
  ("Диадок", "noreply@diadoc.ru"), [S("kuznetsova")],
  "Новый документ от ООО «СевЛесЭкспорт»: УПД № 418 от 09.12.2026", "2026-12-09 16:47:03",
  sy.mta("smtp-out.kontur.ru", "smtp-out.kontur.ru", "46.17.201.44", hops_fn=_diadoc_hops, zone="msk", hcs=("utf-8", "B"),
         msgid_fn=lambda ctx: "<%s@diadoc.ru>" % rhex(ctx.rng, 32)),
  branded_alt("Вам пришёл документ", [
      "Организация: ООО «Экзампл Груп Рус» (ИНН %s)" % INN_EGR,
      "Контрагент ООО «СевЛесЭкспорт» (ИНН %s) отправил документ: Универсальный передаточный документ № 418 от 09.12.2026 на сумму 3 412 559,60 ₽." % INN_SEV,
      "Документ требует подписи. Откройте его в Диадоке: [[diadoc.kontur.ru|https://diadoc.kontur.ru/]]",
  ], None,
      "Это автоматическое уведомление Контур.Диадок. Настроить уведомления можно в разделе «Профиль» → «Уведомления».\nАО «ПФ «СКБ Контур», Екатеринбург",
      cs="utf-8", cte="qp", brand="#1f68d6", logo_text="Контур.Диадок", lang="ru",
      preheader="Новый документ на подпись"),
  what="Genuine Kontur.Diadoc notification that SevLesExport sent the UPD (universal transfer document) No. 418 for signature.",
  why="From diadoc.ru via Kontur's mail servers; links only to diadoc.kontur.ru; document and amount match the real invoice in business/37; no credential request in the e-mail.",
  hn=["sbis-edo-dokument-na-podpis::EDO 'document awaiting signature' topic with the same supplier; real Diadoc notice vs. SBIS look-alike with a login page"])

# ---------------------------------------------------------------- 40 internal notice (koi8-r)
M(F, L, "grafik-raboty-novogodnie-prazdniki",
  S("smirnov"), [("Офис Санкт-Петербург", "office-spb@example.com")],
  "График работы офиса в новогодние праздники", "2026-12-15 12:30:18",
  sy.internal(exch="EXCH02", ip_user="10.37.0.18", lang="ru-RU", zone="msk", hcs=("koi8-r", "B")),
  alt("""Коллеги, добрый день!

Сообщаю график работы офиса в Санкт-Петербурге на новогодние праздники:

- 31 декабря - сокращённый день, до 15:00
- с 1 по 11 января - нерабочие дни (по производственному календарю 2027 года)
- 12 января - обычный рабочий день

Отгрузки со склада в Шушарах последний раз в 2026 году - 29 декабря. Ольга Кузнецова проведёт последние платежи 30 декабря, заявки на оплату - до 28 декабря включительно.

Дежурный по срочным вопросам с поставщиками: Алексей Смирнов, мобильный +7 921 418-23-70.

С наступающим!
Алексей Смирнов
Директор филиала ООО "Экзампл Груп Рус"
""", "koi8-r", "qp", "outlook", lang="RU"),
  rcpt="olga.kuznetsova@example.com",
  what="Internal notice from the St Petersburg branch manager: office hours over the New Year holidays, last shipments and payment cut-off.",
  why="Sent from his Exchange mailbox through mail-int01 to the office distribution list; routine organisational information, no links or requests.")
