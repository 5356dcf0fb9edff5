"""Genuine business messages, Russian (4)."""
import infra as I
import kit as K
import facts as F
from company import S
from util import rng_for, hexid, uuid4


def M(**kw):
    kw.setdefault("lang", "ru")
    return kw


def b37():
    text = """Яндекс ID

Код для восстановления доступа

Кто-то (вероятно, вы) запросил восстановление доступа к Яндекс ID dmitry.sokolov@examplegroup.eu.

Ваш код подтверждения: **483915**

Никому не сообщайте этот код, даже сотрудникам Яндекса. Если вы не запрашивали восстановление, просто проигнорируйте это письмо - ваш аккаунт в безопасности.

Управление аккаунтом: [[id.yandex.ru|https://id.yandex.ru]]

С уважением,
Команда Яндекс ID
"""
    return M(
        slug="yandex-id-kod-vosstanovleniya",
        what="Yandex ID account-recovery code for the Russian office manager's Yandex account (registered with his work address).",
        why="Sent from Yandex's own infrastructure (forward*.mail.yandex.net, noreply@id.yandex.ru); contains only a one-time code and a link to id.yandex.ru; expected after the user started the recovery.",
        hn=([39], "Yandex-branded account mail like the fake Yandex Disk share, but real Yandex sender and infrastructure, no login link to a third-party domain."),
        to=S["rumgr"], frm=("Яндекс ID", "noreply@id.yandex.ru"),
        subject="Код для восстановления доступа к Яндекс ID", hcs="utf-8", henc="B",
        when=(11, 26, 18, 3), zone="RU",
        infra=lambda c: I.yandex(c, service=True),
        body=K.alt(text, "utf-8", "base64", "mail", "ru", title="Яндекс ID"),
    )


def b38():
    text = """Добрый день, Наталья Сергеевна!

Направляем счёт на оплату № 1184 от 12.11.2026 по договору поставки № 17/2025 от 14.01.2025 (хомуты крепёжные, клиновые леса ЛРСП-200, доставка на склад Подольск).

Сумма: 486 300,00 руб., в т.ч. НДС 20%% 81 050,00 руб.
Срок оплаты: 5 банковских дней.

Реквизиты без изменений:
ООО «СтройЛеса», ИНН %s, КПП %s
Р/с %s в ПАО Сбербанк
БИК %s, к/с %s

Оригиналы документов (счёт, УПД) направим через Диадок после отгрузки.

С уважением,
Ирина Кузнецова
главный бухгалтер ООО «СтройЛеса»
тел. +7 (495) 648-21-10
""" % (F.STROYLESA_INN, F.STROYLESA_KPP, F.STROYLESA_ACC, F.SBER_BIK, F.SBER_CORR)
    lines = ["# OOO \"StroyLesa\"", "INN %s  KPP %s  OGRN %s" % (F.STROYLESA_INN, F.STROYLESA_KPP, F.STROYLESA_OGRN), "---", "",
             "Bank poluchatelya: PAO Sberbank, g. Moskva   BIK " + F.SBER_BIK + "   Sch. No. " + F.SBER_CORR,
             "Poluchatel: OOO \"StroyLesa\"   Sch. No. " + F.STROYLESA_ACC, "",
             "## Schet na oplatu No. 1184 ot 12.11.2026", "",
             "Pokupatel: OOO \"Example Group Rus\", INN " + F.EXAMPLE_RU_INN, "Osnovanie: dogovor postavki No. 17/2025 ot 14.01.2025", "",
             "No  Tovar                                        Kol-vo   Tsena        Summa",
             "1   Khomut kreplenie povorotnyy 48 mm           2 400    98,50    236 400,00",
             "2   Lesa klinovye LRSP-200, sektsiya             90     1 950,00   175 500,00",
             "3   Dostavka, sklad Podolsk                       1    74 400,00   74 400,00", "---",
             "Itogo: 486 300,00 rub.   v t.ch. NDS 20%: 81 050,00 rub.", "",
             "Rukovoditel' ____________ A. V. Kuznetsov      Glavnyy bukhgalter ____________ I. S. Kuznetsova"]
    return M(
        slug="stroylesa-schet-na-oplatu",
        what="Supplier invoice (счёт на оплату) No. 1184 from OOO StroyLesa, PDF attached, 'bank details unchanged'.",
        why="Known contact from the supplier's real domain stroylesa.ru and its own mail server (The Bat! client as always); contract and goods match; account at Sberbank validates against its BIK and is the one on file.",
        hn=([38], "The invoice that the look-alike 'change of bank details' refers to - here from the real domain with the unchanged Sberbank account."),
        to=S["ruacc"], frm=("Ирина Кузнецова", "i.kuznetsova@stroylesa.ru"),
        subject="Счёт на оплату № 1184 от 12.11.2026", hcs="windows-1251", henc="B",
        when=(11, 12, 14, 25), zone="RU",
        infra=lambda c: I.postfix_own(c, "mail.stroylesa.ru", "91.217.144.36", "pppoe-78-36-12-201.mosnet.ru", "78.36.12.201",
                                      mua="thebat", ua="Professional", mta_rdns="mail.stroylesa.ru"),
        body=K.mixed(K.plain(text, "windows-1251", "base64", label="windows-1251"),
                     K.pdf_att("Schet_1184_ot_12.11.2026.pdf", lines, producer="1C:Enterprise 8.3", creator="1C:Enterprise 8.3",
                               created="D:20261112142011+03'00'")),
    )


def b39():
    r = rng_for("b39")
    box, doc = uuid4(r), uuid4(r)
    text = """Контур.Диадок

Вам пришёл документ от ООО «ТрансЛогистик»

Документ: УПД № 4398 от 20.11.2026
Сумма: 96 480,00 ₽
Получатель: ООО «Экзампл Груп Рус»

Для просмотра и подписания документа войдите в Диадок:
[[Открыть документ|https://diadoc.kontur.ru/%s/Document/Show?letterId=%s]]

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в ящике ООО «Экзампл Груп Рус». Настроить уведомления можно в разделе «Настройки» на diadoc.kontur.ru.

Контур.Диадок - система юридически значимого электронного документооборота.
""" % (box, doc)
    return M(
        slug="diadok-vkhodyashchiy-upd",
        what="Genuine Kontur.Diadoc notification of an incoming universal transfer document (УПД) from the carrier OOO TransLogistik.",
        why="Sent from Kontur's own mail servers (noreply@diadoc.kontur.ru); links only to diadoc.kontur.ru with the company's box id; regular subscribed notification, no deadline pressure.",
        hn=([40], "Same EDI brand and document type (УПД from TransLogistik) as the look-alike Diadoc phishing, but real domain/infrastructure and diadoc.kontur.ru links."),
        to=S["rumgr"], frm=("Контур.Диадок", "noreply@diadoc.kontur.ru"),
        subject="Новый документ от ООО «ТрансЛогистик»: УПД № 4398 от 20.11.2026", hcs="utf-8", henc="B",
        when=(11, 20, 16, 34), zone="RU",
        infra=lambda c: I.service_postfix(c, "mx-out3.kontur.ru", "46.17.203.15", order="esp", script_host="diadoc-notifier-07.kontur.ru"),
        extra=[("List-Unsubscribe", "<https://diadoc.kontur.ru/Settings/Notifications>")],
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "ru", title="Контур.Диадок"),
    )


def b40():
    text = """Дмитрий, добрый день.

По вывозу лесов с объекта в Химках (ЖК на Ленинградском шоссе) предлагаю такой график:

- 08.12, вторник - 2 машины (длинномер 13,6 м), погрузка с 8:00, разборка секций 1-3;
- 10.12, четверг - 2 машины, секции 4-6;
- 11.12, пятница - 1 машина, остатки и настилы.

Все рейсы на ваш склад в Подольске. Водителям нужны пропуска на объект, пришлите, пожалуйста, контакты прораба. ТТН и УПД как обычно отправим через Диадок.

Стоимость как в договоре, дополнительно только простой сверх 2 часов.

С уважением,
Сергей Морозов
диспетчер ООО "ТрансЛогистик"
+7 916 418-33-07
"""
    return M(
        slug="translogistik-grafik-vyvoza",
        what="Carrier's dispatcher (consumer Yandex address) proposes the truck schedule for collecting scaffolding from a site in Khimki.",
        why="Known dispatcher who always writes from his Yandex mailbox with The Bat!; genuine Yandex SMTP infrastructure; operational content, prices 'as in the contract', documents via Diadoc - no link, no payment change.",
        to=S["rumgr"], frm=("Сергей Морозов", "morozov.translog@yandex.ru"),
        subject="График вывоза лесов Химки 08-11.12", hcs="koi8-r", henc="B",
        when=(12, 4, 11, 52), zone="RU",
        infra=lambda c: I.yandex(c, webmail=False, thebat="Home"),
        body=K.plain(text, "koi8-r", "8bit", quote_cs=False, label="koi8-r"),
    )


def build():
    return [b37(), b38(), b39(), b40()]
