"""Genuine business messages, Russian (37-40)."""
import mime
import htm
import infra as I
import services as SV
from company import S, KS_BIK, KS_CORR, KS_ACC, KS_INN, KS_KPP, KS_OGRN, EG_RU_INN
from kit import plain, html, alt, mixed, att, pdf_doc, pdf_date, dedent
from msg import M

F = "business"


def b37():
    txt = dedent("""
    Ольга, добрый день!

    Направляю счёт № 1184 от 13.11.2026 за техническое обслуживание кинопроекторов в ноябре (8 залов, Лиговский пр.). УПД отправили через Диадок, подпишите, пожалуйста, когда будет возможность.

    Реквизиты прежние, оплата по договору в течение 10 банковских дней.

    С уважением,
    Андрей Волков
    ООО «КиноСервис»
    тел. +7 (812) 407-18-34
    """)
    h = ('<div>' + "</div><div>&nbsp;</div><div>".join(p.replace("\n", "<br />") for p in txt.strip().split("\n\n"))
         + '</div>\n')
    inv = """
# ООО «КиноСервис»
ИНН %s  КПП %s  ОГРН %s
192102, Санкт-Петербург, ул. Салова, д. 44, лит. Б, пом. 12-Н

## Счёт на оплату № 1184 от 13 ноября 2026 г.

Поставщик: ООО «КиноСервис», ИНН %s, КПП %s
Покупатель: ООО «Экзампл Груп Рус», ИНН %s
Основание: Договор № 17/ТО-2025 от 15.01.2025

№   Наименование                                                   Кол-во   Сумма, руб.
1   Техническое обслуживание кинопроекторов (8 залов), ноябрь 2026    1     153 833,33

Итого без НДС:                                                             153 833,33
НДС 20%%:                                                                    30 766,67
Всего к оплате:                                                            184 600,00
Сто восемьдесят четыре тысячи шестьсот рублей 00 копеек

Банк получателя: ПАО Сбербанк (Северо-Западный банк ПАО Сбербанк), г. Санкт-Петербург
БИК %s   Сч. № %s
Получатель: ООО «КиноСервис»   Сч. № %s

Генеральный директор ______________ А. В. Волков
""" % (KS_INN, KS_KPP, KS_OGRN, KS_INN, KS_KPP, EG_RU_INN, KS_BIK, KS_CORR, KS_ACC)
    pdfb = pdf_doc(inv, title="Счет 1184", producer="1С:Предприятие 8.3", creator="1С:Предприятие 8.3",
                   created=pdf_date("ru", 2026, 11, 13, 11, 40))
    return M(folder=F, num=37, lang="ru", slug="servis-schet-na-oplatu",
             profile=I.Yandex(), when=("ru", 2026, 11, 13, 11, 52, 6),
             frm=("Андрей Волков", "kinoservis.spb@yandex.ru"), to=[S("ru_acc")],
             subject="Счёт № 1184 за ТО проекторов, ноябрь",
             henc="B",
             body=mixed(html(h, "utf-8", "base64"),
                        att(pdfb, "application/pdf", "Счет_1184_от_13.11.2026.pdf", style="2047")),
             hardneg=[39, 38], hn_topic="Projection-service contractor's invoice with bank details",
             desc="Service contractor's invoice for projector maintenance, PDF from 1C with the usual Sberbank details",
             why="His usual yandex.ru address via Yandex webmail; 'details unchanged'; invoice refers to the service contract; "
                 "UPD through Diadoc as usual; account and BIK (St Petersburg Sberbank) match previous payments.")


def b38():
    txt = dedent("""
    Здравствуйте, Дмитрий!

    В ваш аккаунт sokolov.kino выполнен вход.

    Когда: 9 ноября 2026 в 10:42 (МСК)
    Где: Санкт-Петербург, Россия
    Устройство: Яндекс Браузер, Windows

    Если это были вы, ничего делать не нужно.

    Если это были не вы, смените пароль и проверьте список устройств:
    https://id.yandex.ru/security

    С уважением,
    Команда Яндекс ID
    """)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>\n'
         '<body style="margin:0;padding:0;background:#f5f5f5;font-family:\'YS Text\',Arial,sans-serif">\n'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">\n'
         '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px"><tr><td style="padding:40px">\n'
         '<p style="font-size:13px;color:#999">Яндекс ID</p>\n'
         '<p style="font-size:24px;font-weight:bold;margin:0 0 16px">Здравствуйте, Дмитрий!</p>\n'
         '<p style="font-size:16px">В ваш аккаунт <b>sokolov.kino</b> выполнен вход.</p>\n'
         '<p style="font-size:15px;color:#333">Когда: 9 ноября 2026 в 10:42 (МСК)<br>Где: Санкт-Петербург, Россия<br>'
         'Устройство: Яндекс Браузер, Windows</p>\n'
         '<p style="font-size:15px">Если это были вы, ничего делать не нужно.</p>\n'
         '<p style="font-size:15px">Если это были не вы, <a href="https://id.yandex.ru/security" style="color:#0077ff">смените '
         'пароль и проверьте список устройств</a>.</p>\n'
         '<p style="font-size:15px">С уважением,<br>Команда Яндекс ID</p>\n'
         '</td></tr></table></td></tr></table></body></html>\n')
    return M(folder=F, num=38, lang="ru", slug="yandex-id-uvedomlenie-o-vkhode",
             profile=SV.YandexID(), when=("ru", 2026, 11, 9, 10, 42, 51),
             frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[S("ru_mgr")],
             subject="Вход в аккаунт sokolov.kino",
             henc="B",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             desc="Yandex ID sign-in notification for the office manager's Yandex account (used for Yandex Direct ads)",
             why="Sent by Yandex's own forwarders; only link is id.yandex.ru/security; informational, no credential "
                 "request; matches his own login.")


def b39():
    link = "https://diadoc.kontur.ru/7a1c0e52-3b9f-4d21-8c6e-2f4d1b0a9e73/Document/Show?letterId=c2d90e17-58a4-4b6f-9f01-6e3a7b2c4d85"
    txt = dedent("""
    Контур.Диадок

    ООО «Экзампл Груп Рус», вам поступил документ

    От: ООО «КиноСервис», ИНН %s
    Документ: УПД № 1184 от 13.11.2026
    Сумма: 184 600,00 руб., в том числе НДС 30 766,67 руб.
    Требуется подпись

    Открыть документ: %s

    Чтобы не получать уведомления о входящих документах, измените настройки на странице https://diadoc.kontur.ru/settings/notifications

    Контур.Диадок, служба поддержки: 8 800 500-10-18
    """) % (KS_INN, link)
    h = htm.simple(txt).replace("charset=utf-8", "charset=windows-1251").replace(
        link, '<a href="%s">Открыть документ</a>' % link)
    return M(folder=F, num=39, lang="ru", slug="diadok-vkhodyashchij-upd",
             profile=SV.Diadoc(), when=("ru", 2026, 11, 13, 12, 3, 40),
             frm=("Диадок", "noreply@diadoc.kontur.ru"), to=[S("ru_acc")],
             subject="Новый документ от ООО «КиноСервис»: УПД № 1184",
             hcs="windows-1251", henc="B",
             extra=[("List-Unsubscribe", "<https://diadoc.kontur.ru/settings/notifications>")],
             body=alt(txt, h, "windows-1251", "quoted-printable"),
             hardneg=[38], hn_topic="EDI notification about an incoming document from the contractor",
             desc="Genuine Kontur.Diadok notification of an incoming UPD from the service contractor",
             why="Sent by Kontur's relay for diadoc.kontur.ru; links only to diadoc.kontur.ru; matches the invoice "
                 "announced by the contractor the same day (business/37); no deadline threats.")


def b40():
    txt = dedent("""
    Дмитрий, привет!

    Пишу с личной почты: рабочий ноутбук сегодня утром не включается совсем, индикатор зарядки мигает оранжевым, на кнопку питания не реагирует. Вчера вечером всё было нормально, ничего не проливала.

    Сегодня мне нужно закрыть акты за ноябрь и отправить в Кёльн отчёт по дебиторке. Могу ли я пока поработать за компьютером Ирины в кассе? Заявку в IT оставлю, как только смогу зайти на портал, или оставь, пожалуйста, ты от своего имени.

    Я на связи по мобильному, +7 921 318-44-07.

    Ольга
    """)
    return M(folder=F, num=40, lang="ru", slug="slomalsya-noutbuk-lichnaya-pochta",
             profile=I.MailRu(client_ip="94.19.211.63"), when=("ru", 2026, 11, 26, 9, 11, 58),
             frm=("Ольга Кузнецова", "olga.kuz78@mail.ru"), to=[S("ru_mgr")],
             subject="Не включается ноутбук",
             hcs="koi8-r", henc="B",
             body=plain(txt, "koi8-r", "8bit", quote_charset=False),
             desc="Russian accountant reports from her private mail.ru address that her company laptop is dead",
             why="Informational request to her manager, no credentials, payments or changes requested; offers her mobile "
                 "number; plausible concrete details.")


MESSAGES = [b37, b38, b39, b40]
