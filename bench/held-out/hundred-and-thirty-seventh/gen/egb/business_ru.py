"""business/37-40: Russian-language genuine mail."""
import datetime

from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822, postfix_short_qid
from .h import S, setup, meta, urls, mid_outlook_classic, pdf_meta
from .registry import message

SEVL, DNL = company.SEVL, company.DNL
ERU = company.ENT['RU']


@message('business', 37, 'ru', 'severny-les-schet-upd')
def b37(m):
    dv = S('dmitry.volkov')
    sent = local('Europe/Moscow', 2026, 11, 20, 14, 26, 39)
    setup(m, ('Ирина Кузнецова', 'i.kuznetsova@severles.ru'), [(company.NATIVE[dv['addr']], dv['addr'])],
          'Счёт № 418 от 20.11.2026 и УПД по договору поставки № 14/2026', sent, zone='Europe/Moscow')
    m.msgid = '%d%d@mail.yandex.ru' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 9, 10 ** 10))
    total = '1 284 600,00'
    vat = '214 100,00'
    text = ('Добрый день, Дмитрий!\n\n'
            'Направляем счёт № 418 от 20.11.2026 на оплату поставки клеёного бруса и доски (спецификация № 7 к договору № 14/2026). '
            'Сумма %s руб., в т.ч. НДС 20%% %s руб. Срок оплаты – до 04.12.2026.\n\n'
            'УПД № 418 отправлен вам через Диадок, просим подписать после приёмки.\n\n'
            'Реквизиты для оплаты без изменений:\nР/с %s\nв %s\nБИК %s\nК/с %s\n\n'
            'С уважением,\nИрина Кузнецова\nГлавный бухгалтер\nООО «Северный лес»\nтел. +7 8142 59-27-40 (доб. 4)\n'
            % (total, vat, SEVL['acc'], SEVL['bank'], SEVL['bik'], SEVL['corr']))
    pdfb, _ = docs.invoice(
        'dejavu', pdf_meta(m, sent, 'Счёт № 418', 'Кузнецова И.А.', '1С:Бухгалтерия 8.3', '1С:Предприятие 8.3'),
        ('ООО «Северный лес»', ['185031, Республика Карелия, г. Петрозаводск, ул. Заводская, д. 4',
                                'ИНН %s / КПП %s · ОГРН %s' % (SEVL['inn'], SEVL['kpp'], SEVL['ogrn'])]),
        ['Покупатель: ООО «Экзампл Груп Рус»', 'ИНН %s / КПП %s' % (ERU['tax'][0][1], ERU['tax'][1][1]),
         '196084, г. Санкт-Петербург, ул. Заставская, д. 22'],
        'Счёт на оплату № 418 от 20.11.2026', [('Договор', '№ 14/2026'), ('Спецификация', '№ 7'), ('Оплатить до', '04.12.2026')],
        ['№', 'Товар', 'Кол-во', 'Цена', 'Сумма'],
        [['1', 'Брус клеёный хвойный 200×200 мм, L=6 м', '28,8 м³', '26 500,00', '763 200,00'],
         ['2', 'Доска строганая камерной сушки 45×195 мм', '12,0 м³', '23 450,00', '281 400,00'],
         ['3', 'Доставка автотранспортом до г. Всеволожск', '1 усл.', '25 900,00', '25 900,00']],
        [('Итого без НДС', '1 070 500,00', False), ('НДС 20 %', vat, False), ('Всего к оплате', total + ' руб.', True)],
        ['Получатель: ООО «Северный лес», ИНН %s' % SEVL['inn'], 'Р/с %s, %s' % (SEVL['acc'], SEVL['bank']),
         'БИК %s, К/с %s' % (SEVL['bik'], SEVL['corr'])],
        ['Счёт действителен до 04.12.2026. Оплата по счёту означает согласие с условиями поставки по договору № 14/2026.'],
        accent=(20, 90, 50), money_cols=(3,))
    html = ('<div>' + ''.join('<div>%s</div><div>&nbsp;</div>' % mime.esc(p).replace('\n', '<br />') for p in text.strip().split('\n\n')) + '</div>')
    m.body = mime.mixed(m, 'yandex', [
        mime.alt(m, 'yandex', mime.text(text, 'utf-8', 'base64'), mime.html(html, 'utf-8', 'base64')),
        Part('application/pdf', body=pdfb, cte='base64', filename='Счет_418_от_20.11.2026.pdf', disposition='attachment', fname_enc='rfc2047')])
    systems.yandex(m, web=True)
    m.fact('Other', 'Russian bank details: р/с `%s`, БИК `%s`, к/с `%s` (key digits valid)' % (SEVL['acc'], SEVL['bik'], SEVL['corr']))
    meta(m, 'Genuine supplier invoice (счёт) from the Karelian timber supplier for glulam beams and boards under contract 14/2026; '
            'the legally binding UPD goes through the EDI operator Diadoc.',
         'Supplier\'s own severles.ru domain on Yandex 360 (DKIM pass), "bank details unchanged" and identical to the contract, refers '
         'to contract, specification and the parallel Diadoc document.',
         pair=(['38-ru-severny-les-lookalike-smena-rekvizitov.eml'], 'Severny Les payment details',
               'Registered Sberbank account from the contract; the look-alike sever-les.ru announces a new bank and account.'))


@message('business', 38, 'ru', 'diadok-uvedomlenie-upd')
def b38(m):
    dv = S('dmitry.volkov')
    sent = local('Europe/Moscow', 2026, 11, 20, 14, 31, 2)
    setup(m, ('Контур.Диадок', 'noreply@diadoc.ru'), [('', dv['addr'])],
          'Новый документ от ООО «Северный лес»: УПД № 418 от 20.11.2026 — требуется подпись', sent, zone='Europe/Moscow')
    m.msgid = '%s@diadoc.ru' % guid(m.rng)
    box = guid(m.rng)
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (box, guid(m.rng), guid(m.rng))
    paras = ['Здравствуйте!',
             'В ящик организации ООО «Экзампл Груп Рус» (ИНН %s) в Диадоке поступил документ:' % ERU['tax'][0][1],
             'Отправитель: ООО «Северный лес», ИНН %s\nДокумент: Универсальный передаточный документ (СЧФДОП) № 418 от 20.11.2026\n'
             'Сумма: 1 284 600,00 руб.\nСтатус: требуется подпись' % SEVL['inn'],
             'Открыть документ в Диадоке:',
             'Вы получили это письмо, потому что подписаны на уведомления о входящих документах. Настроить уведомления можно в '
             'разделе «Настройки» в Диадоке.',
             'Служба поддержки: 8 800 500-10-18\nАО «ПФ «СКБ Контур»']
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="600"><tr><td style="padding:16px 0;'
            'font-size:20px;color:#1f87ef">Диадок</td></tr><tr><td>' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:4]) +
            '<p><a href="%s">Перейти к документу</a></p>' % mime.esc(link) +
            ''.join('<p style="font-size:12px;color:#777">%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[4:]) + '</td></tr></table></body></html>')
    plain = '\n\n'.join(paras[:4]) + '\n' + link + '\n\n' + '\n\n'.join(paras[4:]) + '\n'
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.gateway(m, 'mail-out2.kontur.ru', '198.51.100.200', 'diadoc', dkim_domain='diadoc.ru',
                    inner=[('notify-sender-07.diadoc.local (notify-sender-07.diadoc.local [10.34.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mail-out2.kontur.ru (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, link)
    m.fact('Phone', '8 800 500-10-18')
    meta(m, 'Genuine notification from the EDI operator Diadoc: the supplier\'s UPD no. 418 (matching the invoice in business/37) waits '
            'for signature in the company\'s Diadoc box.',
         'Operator\'s own domain with DKIM, document matches a real delivery, link to diadoc.kontur.ru only, no attachment.',
         pair=(['37-ru-fns-trebovanie-zip-parol.eml', '40-ru-arbitrazh-isk-yandex-disk.eml'], 'official documents for the Russian entity',
               'Documents are exchanged inside the EDI system; the attacks send a password ZIP with .exe files or a cloud link to "court papers".'))


@message('business', 39, 'ru', 'it-srok-parolya-istekaet')
def b39(m):
    os_ = S('olga.smirnova')
    sent = local('Europe/Berlin', 2026, 10, 14, 6, 0, 2)
    setup(m, ('IT-Service Example Group', 'it-support@example.com'), [('', os_['addr'])],
          'Срок действия пароля истекает через 7 дней', sent, zone='UTC')
    qid = rstr(m.rng, HEXU, 10)
    t1 = sent + datetime.timedelta(seconds=1)
    m.msgid = '%s.%s@mail-int01.example.com' % (t1.strftime('%Y%m%d%H%M%S'), qid)
    owa = 'https://mail.example.com/owa/#path=/options/changepassword'
    text = ('Уважаемая Ольга Смирнова!\n\n'
            'Срок действия пароля вашей учётной записи EXAMPLE\\osmirnova истекает через 7 дней (21.10.2026).\n\n'
            'Смените пароль одним из способов:\n'
            '1. На рабочем компьютере в офисе или по VPN: Ctrl+Alt+Del → «Изменить пароль».\n'
            '2. В Outlook в Интернете (введите адрес вручную): %s\n\n'
            'Требования: не менее 14 символов, пароль не должен совпадать с последними 12 паролями.\n\n'
            'ИТ-отдел никогда не присылает страницы входа во вложениях и не просит сообщить пароль по телефону или почте.\n'
            'Вопросы: it-support@example.com, +49 8031 4077-130.\n\n'
            'Это автоматическое сообщение.\n' % owa)
    m.body = mime.text(text, 'utf-8', 'base64')
    h = [('Received', 'from adm01.corp.example.com (adm01.corp.example.com [10.20.1.40])' + systems.FOLD +
          'by mail-int01.example.com (Postfix) with ESMTP id %s' % qid + systems.FOLD +
          'for <%s>; %s' % (os_['addr'], rfc2822(t1, 'Europe/Berlin', abbr=True)))]
    r = systems.rendered(m)
    h += [('MIME-Version', '1.0')] + systems.pick(r, ['From', 'To', 'Date', 'Subject']) + [('__MIME__', '')] + systems.pick(r, ['Message-ID'])
    systems.finish(m, h, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), t1)
    urls(m, owa)
    m.fact('Phone', '+49 8031 4077-130')
    meta(m, 'Genuine automatic password-expiry reminder (PowerShell script on the admin server, relayed by mail-int01) for the '
            'St. Petersburg office manager.',
         'Internal path with the Message-ID added by mail-int01 (script mailer), only link is the company\'s own OWA on mail.example.com, '
         'no attachment, warns that IT never sends login pages as attachments.',
         pair=(['39-ru-golosovaya-pochta-owa-html.eml'], 'Outlook Web App sign-in',
               'Points to the company\'s real OWA host; the voicemail lure carries an HTML copy of an OWA login that posts to eu-login.cloud.'))


@message('business', 40, 'ru', 'dom-na-ladoge-proekt-dogovora')
def b40(m):
    os_ = S('olga.smirnova')
    sent = local('Europe/Moscow', 2026, 12, 11, 16, 48, 21)
    setup(m, ('Сергей Павлов', 's.pavlov@domnaladoge.ru'), [(company.NATIVE[os_['addr']], os_['addr'])],
          'Проект договора подряда – домокомплекты для КП «Ладожские дачи»', sent, zone='Europe/Moscow')
    m.hcharset, m.henc = 'windows-1251', 'B'
    m.msgid = mid_outlook_classic(m, 'domnaladoge.ru')
    text = ('Ольга, добрый день!\n\n'
            'Как договорились на встрече во вторник, направляю проект договора подряда на изготовление и монтаж домокомплектов '
            '(каркасная технология, 8 домов) для коттеджного посёлка «Ладожские дачи».\n\n'
            'Наши юристы внесли правки в разделы 5 (порядок оплаты: аванс 30%, далее по этапам) и 9 (гарантия 5 лет). Просим '
            'посмотреть и вернуть ваши комментарии в режиме правок до 18.12.\n\n'
            'Если удобно, можем созвониться в понедельник.\n\n'
            'С уважением,\nСергей Павлов\nЗаместитель генерального директора по строительству\nООО «Дом на Ладоге»\n'
            'тел. +7 813 70 4-28-15, моб. +7 921 944-31-07\n')
    docx = archive.make_docx([('h', 'ДОГОВОР ПОДРЯДА № ДЛ-12/2026 (проект)'),
                              'г. Всеволожск                                                                «__» декабря 2026 г.',
                              'ООО «Дом на Ладоге» (ИНН %s, ОГРН %s), именуемое в дальнейшем «Заказчик», и ООО «Экзампл Груп Рус» '
                              '(ИНН %s), именуемое в дальнейшем «Подрядчик», заключили настоящий договор о нижеследующем:' % (
                                  DNL['inn'], DNL['ogrn'], ERU['tax'][0][1]),
                              ('b', '1. Предмет договора'),
                              'Подрядчик обязуется изготовить и смонтировать 8 (восемь) домокомплектов по каркасной технологии в '
                              'коттеджном посёлке «Ладожские дачи», Всеволожский район, а Заказчик – принять и оплатить работы.',
                              ('b', '5. Цена и порядок оплаты'),
                              'Аванс 30 % в течение 10 банковских дней после подписания договора; далее – поэтапно по актам КС-2/КС-3. '
                              'Оплата производится по реквизитам Подрядчика, указанным в разделе 12 договора. Изменение реквизитов '
                              'допускается только дополнительным соглашением, подписанным обеими сторонами.',
                              ('b', '9. Гарантии'),
                              'Гарантийный срок на несущие конструкции – 5 лет с даты подписания итогового акта.',
                              ('b', '12. Реквизиты сторон'),
                              'Подрядчик: ООО «Экзампл Груп Рус», р/с %s, БИК %s.' % (company.EG_RU_ACC, company.EG_RU_BIK)],
                             datetime.datetime(2026, 12, 11, 13, 30, 0), 'Проект договора подряда ДЛ-12/2026', 'Павлов С.Н.',
                             'ООО «Дом на Ладоге»', lang='ru-RU')
    html = mime.outlook_html(mime.paras_html(text), 'RU').replace('charset=utf-8', 'charset=windows-1251')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'windows-1251', 'quoted-printable'), mime.html(html, 'windows-1251', 'quoted-printable')),
        Part('application/vnd.openxmlformats-officedocument.wordprocessingml.document', body=docx, cte='base64',
             filename='Проект_договора_ДЛ-12-2026.docx', disposition='attachment', fname_enc='rfc2047')])
    systems.mailru(m, mua='outlook', x_mailer='Microsoft Outlook 16.0')
    m.fact('Other', 'Contract lists the contractor account р/с `%s`, БИК `%s`' % (company.EG_RU_ACC, company.EG_RU_BIK))
    meta(m, 'Genuine draft construction contract (DOCX) from a Russian developer customer for eight timber-frame house kits, after a '
            'meeting; asks for tracked-changes comments.',
         'Customer\'s own domain hosted at Mail.ru for business (DKIM pass), follow-up to a meeting, ordinary DOCX without macros, '
         'legal text that even requires bank-detail changes to be signed by both parties.',
         pair=(['40-ru-arbitrazh-isk-yandex-disk.eml'], 'legal documents for the Russian entity',
               'Expected contract draft attached directly by a known customer; the attack threatens a lawsuit and links an archive on Yandex Disk.'))
