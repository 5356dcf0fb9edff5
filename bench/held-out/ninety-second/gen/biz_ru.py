"""Genuine business messages 37-40 (Russian)."""
from lib import *

F = 'business'


def b37():
    body = """Ольга, добрый день!

Направляю счет N 1187 от 30.10.2026 за погрузочно-разгрузочные работы и хранение на терминале за октябрь (судозаходы MV Baltic Star 06.10, 13.10, 20.10 и 27.10). Акт выполненных работ и УПД отправлены через Диадок, оригиналы подпишем в ЭДО.

Сумма к оплате: 612 740,00 руб., в т.ч. НДС 20%.
Срок оплаты: до 16.11.2026.

Реквизиты прежние:
ООО "БСК", ИНН {inn}, КПП {kpp}
Р/с {acc}
{bank}
БИК {bik}, к/с {corr}

Если по объемам будут вопросы - звоните, сверимся по тальманским листам.

С уважением,
Андрей Петров
Финансовый менеджер
ООО "Балтийская стивидорная компания"
Санкт-Петербург, Гладкий остров, д. 1
тел. +7 (812) 449-17-30""".format(inn=RU['bsk_inn'], kpp=RU['bsk_kpp'], acc=RU['bsk_acc'], bank=RU['bsk_bank'],
                                 bik=RU['bsk_bik'], corr=RU['bsk_corr'])
    inv = pdf_part([
        '# OOO "Baltiyskaya Stividornaya Kompaniya" (BSK)', 'INN ' + RU['bsk_inn'] + ' / KPP ' + RU['bsk_kpp'] +
        ' - Saint Petersburg, Gladkiy ostrov 1', '',
        '## SCHET NA OPLATU / INVOICE No 1187 ot 30.10.2026', '',
        'Platelshchik / Payer: OOO "Ekzampl Grup Rus", INN ' + RU['ex_inn'], '',
        '## Naimenovanie / Description                                               Summa, RUB',
        'Pogruzochno-razgruzochnye raboty, MV Baltic Star, 4 sudozakhoda            447 600,00',
        'Khranenie trailerov na terminale, oktyabr 2026                              63 016,67',
        'Itogo bez NDS                                                               510 616,67',
        'NDS 20%                                                                     102 123,33',
        '## Vsego k oplate / Total                                                   612 740,00', '',
        'Bank: PAO Sberbank (Severo-Zapadny bank), BIK ' + RU['bsk_bik'] + ', k/s ' + RU['bsk_corr'],
        'R/s ' + RU['bsk_acc'], '', 'Srok oplaty: 16.11.2026'],
        'Schet_1187_ot_30.10.2026.pdf', title='Schet 1187', author='BSK', producer='1C:Enterprise 8.3',
        creator='1C:Enterprise 8.3 (8.3.25.1394)', created="D:20261030150000+03'00'")
    Mail(F, 37, 'ru', 'bsk-schet-prezhnie-rekvizity',
         OutlookSMTP(tr=OwnExim(host='mail.balt-stevedor.ru', ip='185.22.153.70', pc='FIN-PC03', user_ip='185.22.153.75'),
                     lang='ru', zone='MSK'),
         T(2026, 10, 30, 12, 14, 46), C['petrov'], [S('ru_acc')], 'Счет 1187 за октябрь - БСК',
         mixed(text(body, 'koi8-r', 'quoted-printable'), inv), hcs='koi8-r', hmode='B',
         what='The stevedore\'s finance manager sends the October invoice; bank details "unchanged".',
         why='Genuine balt-stevedor.ru mailbox and server, settlement account ' + RU['bsk_acc'] + ' at Sberbank '
             '(BIK ' + RU['bsk_bik'] + ', valid key) as on file, documents also in Diadok. Hard negative for '
             'attack/38 (look-alike domain, new account).')


def b38():
    plain = """Яндекс ID

Вход в аккаунт

Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт dmitry.sokolov@examplegroup.eu.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 5 ноября 2026, 10:12 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль в Яндекс ID: https://id.yandex.ru/security

История входов: https://id.yandex.ru/security/devices

--
Команда Яндекс ID
Это письмо отправлено автоматически, отвечать на него не нужно.
"""
    htm = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'YS Text',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 24px 8px;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</td></tr>
<tr><td style="padding:8px 24px;font-size:26px;font-weight:bold;color:#000">Вход в аккаунт</td></tr>
<tr><td style="padding:8px 24px;font-size:16px;line-height:22px;color:#000">Здравствуйте, Дмитрий!<br><br>Выполнен вход в ваш аккаунт <b>dmitry.sokolov@examplegroup.eu</b>.</td></tr>
<tr><td style="padding:8px 24px"><table cellpadding="0" cellspacing="0" style="background:#f5f5f5;border-radius:12px;width:100%"><tr><td style="padding:16px;font-size:15px;line-height:22px">Устройство: Windows 11, Яндекс Браузер<br>Местоположение: Санкт-Петербург, Россия<br>Время: 5 ноября 2026, 10:12 (МСК)</td></tr></table></td></tr>
<tr><td style="padding:16px 24px;font-size:15px;line-height:22px">Если это были вы, ничего делать не нужно.<br>Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security" style="color:#0077ff">смените пароль в Яндекс ID</a>.<br><a href="https://id.yandex.ru/security/devices" style="color:#0077ff">История входов</a></td></tr>
<tr><td style="padding:24px;font-size:13px;color:#999">Команда Яндекс ID<br>Это письмо отправлено автоматически, отвечать на него не нужно.</td></tr>
</table></td></tr></table></body></html>
"""
    Mail(F, 38, 'ru', 'yandex-id-vkhod-genuine',
         YandexService(), T(2026, 11, 5, 7, 12, 55), ('Яндекс ID', 'noreply@id.yandex.ru'), [S('ru_mgr')],
         'Вход в аккаунт',
         alt(text(plain, 'utf-8', 'base64'), html(htm, 'utf-8', 'base64')),
         what='Genuine Yandex ID sign-in notification for the office\'s Yandex account (Yandex Direct advertising).',
         why='From noreply@id.yandex.ru over Yandex\'s own forward*.mail.yandex.net relays, St Petersburg location, '
             'links only to id.yandex.ru, no urgency. Hard negative for attack/39.')


def b39():
    doc_id = hx('b39d', 8) + '-' + hx('b39e', 4) + '-' + hx('b39f', 4) + '-' + hx('b39g', 4) + '-' + hx('b39h', 12)
    plain = """Диадок

Вам пришел документ

Отправитель: ООО «Балтийская стивидорная компания»
Получатель: ООО «Экзампл Груп Рус»
Документ: УПД № 1187 от 30.10.2026
Требуется подпись

Открыть документ: https://diadoc.kontur.ru/{box}/Document/Show?letterId={doc}

Если у вас нет доступа к ящику организации в Диадоке, обратитесь к администратору ящика.

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» → «Уведомления».
Контур.Диадок, АО «ПФ «СКБ Контур», https://www.diadoc.ru
""".format(box=hx('b39box', 32), doc=doc_id)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:20px;font-weight:bold;color:#1f87ef">Диадок</td></tr>
<tr><td><p style="font-size:18px;font-weight:bold">Вам пришел документ</p>
<p>Отправитель: <b>ООО «Балтийская стивидорная компания»</b><br>Получатель: ООО «Экзампл Груп Рус»<br>Документ: УПД № 1187 от 30.10.2026<br><span style="color:#d70c17">Требуется подпись</span></p>
<p><a href="https://diadoc.kontur.ru/{box}/Document/Show?letterId={doc}" style="background:#1f87ef;color:#fff;padding:9px 20px;text-decoration:none;border-radius:3px">Открыть документ</a></p>
<p style="font-size:12px;color:#777">Если у вас нет доступа к ящику организации в Диадоке, обратитесь к администратору ящика.<br>Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» &rarr; «Уведомления».<br>Контур.Диадок, АО «ПФ «СКБ Контур»</p></td></tr></table></body></html>
""".format(box=hx('b39box', 32), doc=doc_id)
    Mail(F, 39, 'ru', 'diadok-uvedomlenie-genuine',
         GenericMTA(helo='mx-out2.kontur.ru', rdns='mx-out2.kontur.ru', ip='46.17.203.32',
                    inner=('notify-svc07.diadoc.kontur.ru', '10.34.12.57'), msgid_dom='diadoc.ru', zone='MSK',
                    mta='Postfix', tls='1.3'),
         T(2026, 10, 30, 12, 2, 18), ('Диадок', 'noreply@diadoc.ru'), [S('ru_acc')],
         'Вам пришел документ от ООО «Балтийская стивидорная компания»',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Genuine Kontur.Diadok notification: UPD from the stevedore waiting for signature.',
         why='From Kontur\'s own outbound servers, links only to diadoc.kontur.ru, matches the invoice announced in '
             'business/37. Hard negative for attack/40.')


def b40():
    body = """Дмитрий, доброе утро!

Заболела - температура 38,5, сегодня вызывала врача на дом. Открыли больничный (электронный, номер ЭЛН 910{eln}), ориентировочно до 20.11 включительно. Данные в СФР придут автоматически.

Пишу с личной почты, ноутбук остался в офисе. Платежи на этой неделе: счет БСК N 1187 я провела в пятницу, остальное не срочно. Если что-то горит - звоните на мобильный, я на связи.

Ольга""".format(eln=hnum('b40', 100000000, 999999999))
    Mail(F, 40, 'ru', 'bolnichny-s-lichnoy-pochty',
         YandexMail(), T(2026, 11, 16, 6, 52, 40), ('Ольга Иванова', 'olga.ivanova.spb@yandex.ru'), [S('ru_mgr')],
         'Больничный',
         alt(text(body, 'utf-8', 'base64'), html('<div>' + '</div>\n<div>'.join(h2t(l) if l else '&nbsp;' for l in body.split('\n')) + '</div>\n', 'utf-8', 'base64')),
         what='The Russian accountant reports sick leave from her private Yandex mailbox.',
         why='Private yandex.ru account on Yandex\'s infrastructure, electronic sick note (ELN) handled via the social '
             'fund, no request for money or data. Hard negative for free-mail senders (attack/37 is also yandex.ru).')


def build():
    for f in (b37, b38, b39, b40):
        f()
