// Generated from the files in Glossary/ by ShippedGlossaryTests (DIGLOT_RECORD=1). Do not edit.

extension ShippedGlossary {
    /// File name → contents of every shipped glossary.
    static let files: [String: String] = [
        "en-zh-TW.tsv": #"""
# Diglot default glossary, English → Chinese as Taiwan writes it: applied over en-zh.tsv
# when the target is zh-TW (zh-Hant-TW). Only the names and terms Taiwan's media write
# otherwise than the mainland's, in Traditional characters; every other entry of en-zh.tsv
# is shown converted to Traditional characters. Written by hand for Diglot from general
# knowledge of Taiwanese news usage (Central News Agency, the Ministry of Foreign Affairs).
# Columns: source, target, type, note, case, forbidden. A line starting with "# " is a comment.
source:en	target:zh-TW	type	note	case	forbidden
Donald Trump	川普	person	Taiwan's usage, on first mention also 唐納·川普; mainland and Hong Kong media write 特朗普	yes	
Trump	川普	person	Taiwan's usage; mainland and Hong Kong media write 特朗普	yes	
Donald Trump Jr.	小川普	person	the president's eldest son; Taiwan's usage	yes	
Ivanka Trump	伊凡卡	person	Taiwan's usage, also 伊凡卡·川普	yes	
Melania Trump	梅蘭妮亞	person	Taiwan's usage, also 梅蘭妮亞·川普	yes	
Trump Tower	川普大樓	place	Taiwan's usage	yes	
Barack Obama	歐巴馬	person	Taiwan's usage; mainland media write 奧巴馬	yes	
Obama	歐巴馬	person	Taiwan's usage; mainland media write 奧巴馬	yes	
Hillary Clinton	希拉蕊	person	Taiwan's usage, also 希拉蕊·柯林頓	yes	
Bill Clinton	柯林頓	person	Taiwan's usage, also 比爾·柯林頓	yes	
Clinton	柯林頓	person	Taiwan's usage; mainland media write 克林頓	yes	
Kamala Harris	賀錦麗	person	Taiwan's usage; mainland media write 卡瑪拉·哈里斯	yes	
Jill Biden	吉兒	person	Taiwan's usage, also 吉兒·拜登	yes	
Nancy Pelosi	裴洛西	person	Taiwan's usage; mainland media write 佩洛西	yes	
Pelosi	裴洛西	person	Taiwan's usage; mainland media write 佩洛西	yes	
Janet Yellen	葉倫	person	Taiwan's usage; mainland media write 耶倫	yes	
Yellen	葉倫	person	Taiwan's usage; mainland media write 耶倫	yes	
John Kerry	凱瑞	person	Taiwan's usage; mainland media write 克里	yes	
Kerry	凱瑞	person	Taiwan's usage; mainland media write 克里	yes	
Jake Sullivan	蘇利文	person	Taiwan's usage; mainland media write 沙利文	yes	
Mitch McConnell	麥康諾	person	Taiwan's usage	yes	
Christopher Wray	瑞伊	person	Taiwan's usage	yes	
Elon Musk	馬斯克	person	Taiwan's usage, also 伊隆·馬斯克	yes	
Richard Nixon	尼克森	person	Taiwan's usage; mainland media write 尼克松	yes	
Nixon	尼克森	person	Taiwan's usage; mainland media write 尼克松	yes	
Henry Kissinger	季辛吉	person	Taiwan's usage; mainland media write 基辛格	yes	
Kissinger	季辛吉	person	Taiwan's usage; mainland media write 基辛格	yes	
Ronald Reagan	雷根	person	Taiwan's usage; mainland media write 里根	yes	
John Bolton	波頓	person	Taiwan's usage; mainland media write 博爾頓	yes	
Lyndon Johnson	詹森	person	Taiwan's usage, also 林登·詹森	yes	
Vladimir Putin	普丁	person	Taiwan's usage; mainland and Hong Kong media write 普京	yes	
Putin	普丁	person	Taiwan's usage; mainland and Hong Kong media write 普京	yes	
Volodymyr Zelensky	澤倫斯基	person	Taiwan's usage	yes	
Zelensky	澤倫斯基	person	Taiwan's usage	yes	
Zelenskyy	澤倫斯基	person	Taiwan's usage	yes	
Dmitry Medvedev	梅德維傑夫	person	Taiwan's usage; mainland media write 梅德韋傑夫	yes	
Alexei Navalny	納瓦尼	person	Taiwan's usage; mainland media write 納瓦爾尼	yes	
Angela Merkel	梅克爾	person	Taiwan's usage; mainland media write 默克爾	yes	
Merkel	梅克爾	person	Taiwan's usage; mainland media write 默克爾	yes	
Olaf Scholz	蕭茲	person	Taiwan's usage; mainland media write 朔爾茨	yes	
Scholz	蕭茲	person	Taiwan's usage; mainland media write 朔爾茨	yes	
Emmanuel Macron	馬克宏	person	Taiwan's usage; mainland media write 馬克龍	yes	
Macron	馬克宏	person	Taiwan's usage; mainland media write 馬克龍	yes	
Boris Johnson	強生	person	Taiwan's usage; mainland media write 約翰遜	yes	
Johnson	強生	person	Boris Johnson as Taiwan's media write him; Lyndon Johnson is 詹森	yes	
Theresa May	梅伊	person	Taiwan's usage; mainland media write 特蕾莎·梅	yes	
Keir Starmer	施凱爾	person	Taiwan's usage; mainland media write 斯塔默	yes	
Starmer	施凱爾	person	Taiwan's usage; mainland media write 斯塔默	yes	
Ursula von der Leyen	范德賴恩	person	Taiwan's usage	yes	
António Guterres	古特瑞斯	person	Taiwan's usage; mainland media write 古特雷斯	yes	
Guterres	古特瑞斯	person	Taiwan's usage; mainland media write 古特雷斯	yes	
Justin Trudeau	杜魯道	person	Taiwan's usage; mainland media write 特魯多	yes	
Trudeau	杜魯道	person	Taiwan's usage; mainland media write 特魯多	yes	
Anthony Albanese	艾班尼斯	person	Taiwan's usage	yes	
Jacinda Ardern	阿爾登	person	Taiwan's usage	yes	
Recep Tayyip Erdoğan	艾爾段	person	Taiwan's usage; mainland media write 埃爾多安	yes	
Erdogan	艾爾段	person	Taiwan's usage; mainland media write 埃爾多安	yes	
Benjamin Netanyahu	納坦雅胡	person	Taiwan's usage; mainland media write 內塔尼亞胡	yes	
Netanyahu	納坦雅胡	person	Taiwan's usage; mainland media write 內塔尼亞胡	yes	
Hassan Rouhani	羅哈尼	person	Taiwan's usage; mainland media write 魯哈尼	yes	
Bashar al-Assad	阿塞德	person	Taiwan's usage; mainland media write 阿薩德	yes	
Jair Bolsonaro	波索納洛	person	Taiwan's usage	yes	
Lula da Silva	魯拉	person	Taiwan's usage	yes	
Federal Reserve	聯準會	org	Taiwan's usage; mainland media write 美聯儲	yes	
Fed	聯準會	org	Taiwan's usage; mainland media write 美聯儲	yes	
Pentagon	五角大廈	org	Taiwan's usage	yes	
Fox News	福斯新聞	org	Taiwan's usage	yes	
Taiwan Affairs Office	國台辦	org	Taiwan's usage	yes	
Office of the US Trade Representative	美國貿易代表署	org	Taiwan's usage; mainland media write 美國貿易代表辦公室	yes	
TSMC	台積電	org		yes	
Taiwan	台灣	place	Taiwan's usual form; official documents write 臺灣	yes	
Taiwan Strait	台灣海峽	place		yes	
Taipei	台北	place	Taiwan's usual form; official documents write 臺北	yes	
Italy	義大利	place	Taiwan's usage; mainland media write 意大利	yes	
Australia	澳洲	place	Taiwan's usage	yes	
New Zealand	紐西蘭	place	Taiwan's usage; mainland media write 新西蘭	yes	
Saudi Arabia	沙烏地阿拉伯	place	Taiwan's usage; mainland media write 沙特阿拉伯	yes	
North Korea	北韓	place	Taiwan's usage; mainland media write 朝鮮	yes	
South Korea	南韓	place	Taiwan's usage; 韓國 is also used	yes	
Indonesia	印尼	place	Taiwan's usage	yes	
Laos	寮國	place	Taiwan's usage; mainland media write 老撾	yes	
Kazakhstan	哈薩克	place	Taiwan's usage	yes	
Bangladesh	孟加拉	place	Taiwan's usage	yes	
Kenya	肯亞	place	Taiwan's usage; mainland media write 肯尼亞	yes	
Nigeria	奈及利亞	place	Taiwan's usage; mainland media write 尼日利亞	yes	
Ethiopia	衣索比亞	place	Taiwan's usage; mainland media write 埃塞俄比亞	yes	
Gaza	加薩	place	Taiwan's usage; mainland media write 加沙	yes	
Houston	休士頓	place	Taiwan's usage	yes	
Sydney	雪梨	place	Taiwan's usage; mainland media write 悉尼	yes	
Canberra	坎培拉	place	Taiwan's usage	yes	
Dubai	杜拜	place	Taiwan's usage; mainland media write 迪拜	yes	
chips	晶片	term	Taiwan's usage; mainland media write 芯片		
inflation	通膨	term	Taiwan's usage; mainland media write 通脹		
renewable energy	再生能源	term	Taiwan's usage		
climate change	氣候變遷	term	Taiwan's usage; mainland media write 氣候變化		
global warming	全球暖化	term	Taiwan's usage; mainland media write 全球變暖		
interest rate hike	升息	term	Taiwan's usage; mainland media write 加息		
gross domestic product	國內生產毛額	term	Taiwan's usage		
GDP	國內生產毛額	term	Taiwan's usage	yes	
Hong Kong dollar	港幣	term	Taiwan's usage	yes	

"""#,
        "en-zh.tsv": #"""
# Diglot default glossary, English → Chinese: the counterpart of zh-en.tsv.
# Made from zh-en.tsv (first Chinese form for each English name), plus surnames used on
# second reference and English acronyms. Entries that start with a capital letter match with
# letter case (case = yes), so "Turkey" is not "turkey", "WHO" is not "who" and "Chief
# Executive" is not any chief executive; Taiwan's five Yuans match in any case, since news
# also writes "the legislative yuan". English terms match whole words only.
# Columns: source, target, type, note, case, forbidden. A line starting with "# " is a comment.
source:en	target:zh	type	note	case	forbidden
John Kerry	约翰·克里	person		yes	
Joe Biden	乔·拜登	person		yes	
Jill Biden	吉尔·拜登	person		yes	
Hunter Biden	亨特·拜登	person		yes	
Janet Yellen	珍妮特·耶伦	person		yes	
Antony Blinken	安东尼·布林肯	person		yes	
Nancy Pelosi	南希·佩洛西	person		yes	
Pelosi	佩洛西	person		yes	
Donald Trump	唐纳德·特朗普	person		yes	
Donald Trump Jr.	小唐纳德·特朗普	person	the president's eldest son; also 小特朗普	yes	
Ivanka Trump	伊万卡·特朗普	person		yes	
Melania Trump	梅拉尼娅·特朗普	person		yes	
Barack Obama	贝拉克·奥巴马	person		yes	
Hillary Clinton	希拉里·克林顿	person		yes	
Bill Clinton	比尔·克林顿	person		yes	
Clinton	克林顿	person		yes	
Kamala Harris	卡玛拉·哈里斯	person		yes	
Mike Pompeo	迈克·蓬佩奥	person		yes	
Jake Sullivan	杰克·沙利文	person		yes	
Lloyd Austin	劳埃德·奥斯汀	person		yes	
William Burns	威廉·伯恩斯	person		yes	
Katherine Tai	戴琪	person		yes	
Gina Raimondo	吉娜·雷蒙多	person		yes	
Kevin McCarthy	凯文·麦卡锡	person		yes	
McCarthy	麦卡锡	person		yes	
Chuck Schumer	查克·舒默	person		yes	
Mitch McConnell	米奇·麦康奈尔	person		yes	
Christopher Wray	克里斯托弗·雷	person		yes	
Elon Musk	埃隆·马斯克	person		yes	
Richard Nixon	理查德·尼克松	person		yes	
Henry Kissinger	亨利·基辛格	person		yes	
Ronald Reagan	罗纳德·里根	person		yes	
Peter Navarro	彼得·纳瓦罗	person		yes	
John Bolton	约翰·博尔顿	person		yes	
Xi Jinping	习近平	person		yes	
Li Qiang	李强	person		yes	
Li Keqiang	李克强	person		yes	
Wang Yi	王毅	person	the foreign minister; the Chengdu pastor Wang Yi is 王怡	yes	
He Lifeng	何立峰	person		yes	
Xie Zhenhua	解振华	person		yes	
Qin Gang	秦刚	person		yes	
Han Zheng	韩正	person		yes	
Ding Xuexiang	丁薛祥	person		yes	
Zhao Leji	赵乐际	person		yes	
Wang Huning	王沪宁	person		yes	
Cai Qi	蔡奇	person		yes	
Li Xi	李希	person		yes	
Liu He	刘鹤	person		yes	
Yi Gang	易纲	person		yes	
Pan Gongsheng	潘功胜	person		yes	
Yang Jiechi	杨洁篪	person		yes	
Wang Qishan	王岐山	person		yes	
Li Zhanshu	栗战书	person		yes	
Wang Yang	汪洋	person		yes	
Hu Jintao	胡锦涛	person		yes	
Jiang Zemin	江泽民	person		yes	
Wen Jiabao	温家宝	person		yes	
Zhu Rongji	朱镕基	person		yes	
Deng Xiaoping	邓小平	person		yes	
Mao Zedong	毛泽东	person		yes	
Zhou Enlai	周恩来	person		yes	
Bo Xilai	薄熙来	person		yes	
Peng Liyuan	彭丽媛	person		yes	
Zhao Lijian	赵立坚	person		yes	
Hua Chunying	华春莹	person		yes	
Wang Wenbin	汪文斌	person		yes	
Mao Ning	毛宁	person		yes	
Wei Fenghe	魏凤和	person		yes	
Li Shangfu	李尚福	person		yes	
Dong Jun	董军	person		yes	
Hu Xijin	胡锡进	person		yes	
Liu Xiaobo	刘晓波	person		yes	
Ai Weiwei	艾未未	person		yes	
Jack Ma	马云	person		yes	
Ren Zhengfei	任正非	person		yes	
Meng Wanzhou	孟晚舟	person		yes	
Carrie Lam	林郑月娥	person		yes	
John Lee	李家超	person		yes	
Leung Chun-ying	梁振英	person		yes	
Tung Chee-hwa	董建华	person		yes	
Donald Tsang	曾荫权	person		yes	
Xia Baolong	夏宝龙	person		yes	
Luo Huining	骆惠宁	person		yes	
Chris Tang	邓炳强	person		yes	
Jimmy Lai	黎智英	person		yes	
Joshua Wong	黄之锋	person		yes	
Agnes Chow	周庭	person		yes	
Nathan Law	罗冠聪	person		yes	
Tsai Ing-wen	蔡英文	person		yes	
Lai Ching-te	赖清德	person		yes	
Hsiao Bi-khim	萧美琴	person		yes	
Ma Ying-jeou	马英九	person		yes	
Chen Shui-bian	陈水扁	person		yes	
Lee Teng-hui	李登辉	person		yes	
Chiang Kai-shek	蒋介石	person		yes	
Sun Yat-sen	孙中山	person		yes	
Han Kuo-yu	韩国瑜	person		yes	
Hou Yu-ih	侯友宜	person		yes	
Ko Wen-je	柯文哲	person		yes	
Joseph Wu	吴钊燮	person		yes	
Su Tseng-chang	苏贞昌	person		yes	
Terry Gou	郭台铭	person		yes	
Vladimir Putin	弗拉基米尔·普京	person		yes	
Volodymyr Zelensky	沃洛季米尔·泽连斯基	person		yes	
Sergei Lavrov	谢尔盖·拉夫罗夫	person		yes	
Dmitry Medvedev	德米特里·梅德韦杰夫	person		yes	
Alexei Navalny	阿列克谢·纳瓦尔尼	person		yes	
Skripal	斯克里帕尔	person		yes	
Angela Merkel	安格拉·默克尔	person		yes	
Olaf Scholz	奥拉夫·朔尔茨	person		yes	
Emmanuel Macron	埃马纽埃尔·马克龙	person		yes	
Boris Johnson	鲍里斯·约翰逊	person		yes	
Lyndon Johnson	林登·约翰逊	person		yes	
Johnson	约翰逊	person		yes	
Johnson & Johnson	强生	org	the healthcare company (J&J); Taiwan writes 嬌生 (its 強生 is Boris Johnson)	yes	
Theresa May	特蕾莎·梅	person		yes	
Liz Truss	莉兹·特拉斯	person		yes	
Rishi Sunak	里希·苏纳克	person		yes	
Keir Starmer	基尔·斯塔默	person		yes	
Ursula von der Leyen	乌尔苏拉·冯德莱恩	person		yes	
António Guterres	安东尼奥·古特雷斯	person		yes	
Tedros Adhanom Ghebreyesus	谭德塞	person		yes	
Shinzo Abe	安倍晋三	person		yes	
Fumio Kishida	岸田文雄	person		yes	
Yoshihide Suga	菅义伟	person		yes	
Moon Jae-in	文在寅	person		yes	
Yoon Suk Yeol	尹锡悦	person		yes	
Kim Jong Un	金正恩	person		yes	
Kim Jong Il	金正日	person		yes	
Kim Il Sung	金日成	person		yes	
Narendra Modi	纳伦德拉·莫迪	person		yes	
Rahul Gandhi	拉胡尔·甘地	person		yes	
Justin Trudeau	贾斯廷·特鲁多	person		yes	
Scott Morrison	斯科特·莫里森	person		yes	
Anthony Albanese	安东尼·阿尔巴尼斯	person		yes	
Jacinda Ardern	杰辛达·阿德恩	person		yes	
Lee Hsien Loong	李显龙	person		yes	
Lawrence Wong	黄循财	person		yes	
Recep Tayyip Erdoğan	雷杰普·塔伊普·埃尔多安	person		yes	
Benjamin Netanyahu	本杰明·内塔尼亚胡	person		yes	
Hassan Rouhani	哈桑·鲁哈尼	person		yes	
Bashar al-Assad	巴沙尔·阿萨德	person		yes	
Lula da Silva	卢拉	person		yes	
Jair Bolsonaro	博索纳罗	person		yes	
Dalai Lama	达赖喇嘛	person		yes	
Pope Francis	教宗方济各	person		yes	
AFP	法新社	org		yes	
Reuters	路透社	org		yes	
Bloomberg	彭博社	org		yes	
AP	美联社	org		yes	
Xinhua	新华社	org		yes	
China News Service	中新社	org		yes	
Kyodo News	共同社	org		yes	
Yonhap	韩联社	org		yes	
TASS	塔斯社	org		yes	
CNA	中央社	org		yes	
New York Times	纽约时报	org		yes	
Wall Street Journal	华尔街日报	org		yes	
Washington Post	华盛顿邮报	org		yes	
Los Angeles Times	洛杉矶时报	org		yes	
Financial Times	金融时报	org		yes	
The Economist	经济学人	org		yes	
The Guardian	卫报	org		yes	
The Times	泰晤士报	org		yes	
Sunday Times	星期日泰晤士报	org		yes	
South China Morning Post	南华早报	org		yes	
Ming Pao	明报	org		yes	
Apple Daily	苹果日报	org		yes	
Lianhe Zaobao	联合早报	org		yes	
Initium Media	端传媒	org		yes	
People's Daily	人民日报	org		yes	
Global Times	环球时报	org		yes	
China Daily	中国日报	org		yes	
CCTV	央视	org		yes	
China Central Television	中国中央电视台	org		yes	
BBC	英国广播公司	org		yes	
Voice of America	美国之音	org		yes	
Radio Free Asia	自由亚洲电台	org		yes	
DW	德国之声	org		yes	
RFI	法国国际广播电台	org		yes	
CNN	有线电视新闻网	org		yes	
Fox News	福克斯新闻	org		yes	
Al Jazeera	半岛电视台	org		yes	
Epoch Times	大纪元	org		yes	
United Nations	联合国	org		yes	
UN Security Council	联合国安理会	org		yes	
UN General Assembly	联合国大会	org		yes	
UN Human Rights Council	联合国人权理事会	org		yes	
Human Rights Watch	人权观察	org		yes	
World Health Organization	世界卫生组织	org		yes	
World Trade Organization	世界贸易组织	org		yes	
International Monetary Fund	国际货币基金组织	org		yes	
World Bank	世界银行	org		yes	
NATO	北约	org		yes	
North Atlantic Treaty Organization	北大西洋公约组织	org		yes	
European Union	欧盟	org		yes	
European Commission	欧盟委员会	org		yes	
European Parliament	欧洲议会	org		yes	
G7	七国集团	org		yes	
G20	二十国集团	org		yes	
ASEAN	东盟	org		yes	
APEC	亚太经合组织	org	Asia-Pacific Economic Cooperation	yes	
Shanghai Cooperation Organisation	上海合作组织	org		yes	
BRICS	金砖国家	org		yes	
International Criminal Court	国际刑事法院	org		yes	
International Atomic Energy Agency	国际原子能机构	org		yes	
OPEC	石油输出国组织	org		yes	
Chinese Communist Party	中国共产党	org		yes	
CCP	中共	org		yes	
CCP Central Committee	中共中央	org		yes	
Politburo	中央政治局	org		yes	
Politburo Standing Committee	政治局常委	org		yes	
Central Military Commission	中央军委	org		yes	
Central Commission for Discipline Inspection	中纪委	org		yes	
National People's Congress	全国人民代表大会	org		yes	
NPC Standing Committee	全国人大常委会	org		yes	
CPPCC	全国政协	org		yes	
State Council	国务院	org		yes	
Premier of the State Council	国务院总理	term		yes	
Taiwan Affairs Office	国台办	org		yes	
Taiwan Affairs Office of the State Council	国务院台湾事务办公室	org		yes	
Hong Kong and Macao Affairs Office	港澳办	org		yes	
Liaison Office	中联办	org		yes	
Ministry of Foreign Affairs	外交部	org		yes	
Foreign Minister	外交部长	term		yes	
Foreign Ministry spokesperson	外交部发言人	term		yes	
Ministry of National Defense	国防部	org		yes	
Defense Minister	国防部长	term		yes	
Ministry of Finance	财政部	org		yes	
finance minister	财政部长	term			
Ministry of Commerce	商务部	org		yes	
Ministry of Public Security	公安部	org		yes	
Ministry of State Security	国家安全部	org		yes	
National Health Commission	卫健委	org		yes	
Ministry of Ecology and Environment	生态环境部	org		yes	
NDRC	发改委	org		yes	
National Development and Reform Commission	国家发展和改革委员会	org		yes	
People's Bank of China	中国人民银行	org		yes	
People's Liberation Army	中国人民解放军	org		yes	
Hong Kong SAR government	香港特区政府	org		yes	
Hong Kong government	港府	org		yes	
Legislative Council	立法会	org		yes	
Democratic Progressive Party	民进党	org		yes	
Kuomintang	国民党	org		yes	
Taiwan People's Party	民众党	org		yes	
Legislative Yuan	立法院	org	Taiwan's legislature		
Executive Yuan	行政院	org	Taiwan's cabinet		
Control Yuan	监察院	org	Taiwan's audit and impeachment branch		
Judicial Yuan	司法院	org	Taiwan's judiciary		
Examination Yuan	考试院	org	Taiwan's civil-service branch		
Mainland Affairs Council	陆委会	org		yes	
US State Department	美国国务院	org		yes	
Secretary of State	国务卿	term		yes	
Deputy Secretary of State	常务副国务卿	term	not the Secretary of State	yes	
Under Secretary of State	副国务卿 | 国务次卿	term	mainland media write 副国务卿, Taiwan's 國務次卿; not the Secretary of State	yes	
Assistant Secretary of State	助理国务卿	term	not the Secretary of State	yes	
US Treasury	财政部	org	the US or the UK one; 美国财政部 or 英国财政部 where the text does not make the country plain	yes	
US Treasury Secretary	美国财政部长	term		yes	
US Commerce Department	美国商务部	org		yes	
US Justice Department	美国司法部	org		yes	
Justice Department	司法部	org		yes	
Pentagon	五角大楼	org		yes	
White House	白宫	org		yes	
US Congress	美国国会	org		yes	
Congress	国会	org		yes	
Congress party	国大党	org	India's Indian National Congress		
National Congress of the CPC	中共全国代表大会	org	the Party's congress, held every five years	yes	
Party Congress	党代会	org	a communist party's national congress	yes	
Capitol Hill	国会山	place		yes	
Senate	参议院	org		yes	
House of Representatives	众议院	org		yes	
Speaker of the House	众议院议长	term		yes	
Democratic Party	民主党	org		yes	
Republican Party	共和党	org		yes	
FBI	联邦调查局	org		yes	
CIA	中央情报局	org		yes	
Office of the US Trade Representative	美国贸易代表办公室	org		yes	
Federal Reserve	美联储	org		yes	
European Central Bank	欧洲央行	org		yes	
ECB	欧洲央行	org	European Central Bank	yes	
eurozone	欧元区	term			
CDC	美国疾控中心	org		yes	
Kremlin	克里姆林宫	org		yes	
Downing Street	唐宁街	place		yes	
Huawei	华为	org		yes	
Tencent	腾讯	org		yes	
Alibaba	阿里巴巴	org		yes	
ByteDance	字节跳动	org		yes	
Douyin	抖音	org		yes	
WeChat	微信	org		yes	
Weibo	微博	org		yes	
Twitter	推特	org		yes	
Facebook	脸书	org		yes	
Google	谷歌	org		yes	
Microsoft	微软	org		yes	
Apple	苹果公司	org		yes	
Tesla	特斯拉	org		yes	
TSMC	台积电	org		yes	
Evergrande	恒大	org		yes	
Peking University	北京大学	org		yes	
Tsinghua University	清华大学	org		yes	
University of Hong Kong	香港大学	org		yes	
Chinese University of Hong Kong	香港中文大学	org		yes	
Harvard University	哈佛大学	org		yes	
Johns Hopkins University	约翰斯·霍普金斯大学	org		yes	
China	中国	place		yes	
People's Republic of China	中华人民共和国	place		yes	
Republic of China	中华民国	place		yes	
United States	美国	place		yes	
United States of America	美利坚合众国	place		yes	
Britain	英国	place		yes	
France	法国	place		yes	
Germany	德国	place		yes	
Italy	意大利	place		yes	
Spain	西班牙	place		yes	
Portugal	葡萄牙	place		yes	
Netherlands	荷兰	place		yes	
Belgium	比利时	place		yes	
Switzerland	瑞士	place		yes	
Sweden	瑞典	place		yes	
Norway	挪威	place		yes	
Finland	芬兰	place		yes	
Denmark	丹麦	place		yes	
Poland	波兰	place		yes	
Czech Republic	捷克	place		yes	
Hungary	匈牙利	place		yes	
Austria	奥地利	place		yes	
Greece	希腊	place		yes	
Ireland	爱尔兰	place		yes	
Lithuania	立陶宛	place		yes	
Russia	俄罗斯	place		yes	
Soviet Union	苏联	place		yes	
Ukraine	乌克兰	place		yes	
Belarus	白俄罗斯	place		yes	
Crimea	克里米亚	place		yes	
Turkey	土耳其	place		yes	
Israel	以色列	place		yes	
Palestine	巴勒斯坦	place		yes	
Gaza	加沙	place		yes	
Iran	伊朗	place		yes	
Islamic Republic of Iran	伊朗伊斯兰共和国	place	the country's official name	yes	
IRNA	伊朗伊斯兰共和国通讯社	org	Islamic Republic News Agency, Iran's state news agency	yes	
Iraq	伊拉克	place		yes	
Syria	叙利亚	place		yes	
Saudi Arabia	沙特阿拉伯	place		yes	
Afghanistan	阿富汗	place		yes	
Pakistan	巴基斯坦	place		yes	
India	印度	place		yes	
Bangladesh	孟加拉国	place		yes	
Indonesia	印度尼西亚	place		yes	
Malaysia	马来西亚	place		yes	
Singapore	新加坡	place		yes	
Thailand	泰国	place		yes	
Vietnam	越南	place		yes	
Philippines	菲律宾	place		yes	
Myanmar	缅甸	place		yes	
Cambodia	柬埔寨	place		yes	
Laos	老挝	place		yes	
Japan	日本	place		yes	
South Korea	韩国	place		yes	
North Korea	朝鲜	place		yes	
Korean Peninsula	朝鲜半岛	place		yes	
Mongolia	蒙古	place		yes	
Kazakhstan	哈萨克斯坦	place		yes	
Australia	澳大利亚	place		yes	
New Zealand	新西兰	place		yes	
Canada	加拿大	place		yes	
Mexico	墨西哥	place		yes	
Brazil	巴西	place		yes	
Argentina	阿根廷	place		yes	
Chile	智利	place		yes	
Colombia	哥伦比亚	place		yes	
Venezuela	委内瑞拉	place		yes	
Cuba	古巴	place		yes	
South Africa	南非	place		yes	
Egypt	埃及	place		yes	
Nigeria	尼日利亚	place		yes	
Ethiopia	埃塞俄比亚	place		yes	
Kenya	肯尼亚	place		yes	
Europe	欧洲	place		yes	
Asia	亚洲	place		yes	
Asia-Pacific	亚太	place	"Asia Pacific" too; 亚太地区 for the region	yes	
Asia Pacific	亚太	place		yes	
Africa	非洲	place		yes	
Middle East	中东	place		yes	
Southeast Asia	东南亚	place		yes	
Latin America	拉丁美洲	place		yes	
Central America	中美洲	place		yes	
North America	北美	place		yes	
Indo-Pacific	印太	place		yes	
Washington	华盛顿	place		yes	
Washington State	华盛顿州	place		yes	
New York	纽约	place		yes	
Los Angeles	洛杉矶	place		yes	
San Francisco	旧金山	place		yes	
Houston	休斯敦	place		yes	
Chicago	芝加哥	place		yes	
Cleveland	克里夫兰	place		yes	
London	伦敦	place		yes	
Paris	巴黎	place		yes	
Berlin	柏林	place		yes	
Brussels	布鲁塞尔	place		yes	
Moscow	莫斯科	place		yes	
Kyiv	基辅	place		yes	
Tokyo	东京	place		yes	
Seoul	首尔	place		yes	
Pyongyang	平壤	place		yes	
New Delhi	新德里	place		yes	
Bangkok	曼谷	place		yes	
Hanoi	河内	place		yes	
Manila	马尼拉	place		yes	
Canberra	堪培拉	place		yes	
Sydney	悉尼	place		yes	
Ottawa	渥太华	place		yes	
Geneva	日内瓦	place		yes	
Vienna	维也纳	place		yes	
Rome	罗马	place		yes	
Tehran	德黑兰	place		yes	
Jerusalem	耶路撒冷	place		yes	
Dubai	迪拜	place		yes	
Beijing	北京	place		yes	
Shanghai	上海	place		yes	
Tianjin	天津	place		yes	
Chongqing	重庆	place		yes	
Hong Kong	香港	place		yes	
Macau	澳门	place		yes	
Taiwan	台湾	place		yes	
Taipei	台北	place		yes	
Kaohsiung	高雄	place		yes	
Xinjiang	新疆	place		yes	
Xinjiang Uyghur Autonomous Region	新疆维吾尔自治区	place		yes	
Tibet	西藏	place		yes	
Tibet Autonomous Region	西藏自治区	place		yes	
Inner Mongolia	内蒙古	place		yes	
Ningxia	宁夏	place		yes	
Guangxi	广西	place		yes	
Guangdong	广东	place		yes	
Fujian	福建	place		yes	
Zhejiang	浙江	place		yes	
Jiangsu	江苏	place		yes	
Shandong	山东	place		yes	
Hebei	河北	place		yes	
Henan	河南	place		yes	
Hubei	湖北	place		yes	
Hunan	湖南	place		yes	
Jiangxi	江西	place		yes	
Anhui	安徽	place		yes	
Sichuan	四川	place		yes	
Yunnan	云南	place		yes	
Guizhou	贵州	place		yes	
Shaanxi	陕西	place		yes	
Shanxi	山西	place		yes	
Gansu	甘肃	place		yes	
Qinghai	青海	place		yes	
Hainan	海南	place		yes	
Liaoning	辽宁	place		yes	
Jilin	吉林	place		yes	
Heilongjiang	黑龙江	place		yes	
Guangzhou	广州	place		yes	
Shenzhen	深圳	place		yes	
Wuhan	武汉	place		yes	
Chengdu	成都	place		yes	
Hangzhou	杭州	place		yes	
Nanjing	南京	place		yes	
Xi'an	西安	place	not Xi Jinping	yes	
Shenyang	沈阳	place		yes	
Urumqi	乌鲁木齐	place		yes	
Lhasa	拉萨	place		yes	
Xiong'an	雄安	place		yes	
Tiananmen	天安门	place		yes	
Tiananmen Square	天安门广场	place		yes	
Zhongnanhai	中南海	place		yes	
Taiwan Strait	台湾海峡	place		yes	
South China Sea	南海	place		yes	
East China Sea	东海	place		yes	
Pacific Ocean	太平洋	place		yes	
Indian Ocean	印度洋	place		yes	
Yangtze River	长江	place		yes	
climate change	气候变化	term			
global warming	全球变暖	term			
climate envoy	气候特使	term			
climate talks	气候谈判	term			
greenhouse gas	温室气体	term			
methane	甲烷	term			
carbon dioxide	二氧化碳	term			
carbon emissions	碳排放	term			
carbon neutrality	碳中和	term			
carbon peaking	碳达峰	term			
net-zero emissions	净零排放	term			
Paris Agreement	巴黎协定	term		yes	
fossil fuels	化石燃料	term			
renewable energy	可再生能源	term			
coal	煤炭	term			
natural gas	天然气	term			
deforestation	森林砍伐	term			
tariffs	关税	term			
inflation	通胀	term			
deflation	通缩	term			
recession	经济衰退	term			
gross domestic product	国内生产总值	term			
renminbi	人民币	term			
US dollar	美元	term		yes	
euro	欧元	term			
Hong Kong dollar	港元	term		yes	
interest rate	利率	term			
interest rate hike	加息	term			
interest rate cut	降息	term			
trade war	贸易战	term			
trade deficit	贸易逆差	term			
supply chain	供应链	term			
semiconductors	半导体	term			
chips	芯片	term			
export controls	出口管制	term			
Entity List	实体清单	term		yes	
sanctions	制裁	term			
Wall Street	华尔街	place		yes	
Belt and Road Initiative	一带一路	term		yes	
one country, two systems	一国两制	term			
Hong Kong national security law	港区国安法	term		yes	
national security law	国安法	term			
pro-democracy camp	民主派	term			
pro-establishment camp	建制派	term			
Chief Executive	行政长官	term		yes	
Uyghurs	维吾尔族	term		yes	
Uyghur	维吾尔	term		yes	
Tibetans	藏人	term		yes	
human rights	人权	term			
COVID-19	新冠肺炎	term		yes	
coronavirus	新冠病毒	term			
COVID-19 pandemic	新冠疫情	term		yes	
China-US relations	中美关系	term		yes	
Cold War	冷战	term		yes	
Cultural Revolution	文化大革命	term		yes	
June Fourth Incident	六四事件	term		yes	
Second World War	第二次世界大战	term		yes	
Russia-Ukraine war	俄乌战争	term		yes	
Crete	克里特岛	place		yes	
ethnic Koreans	朝鲜族	term			
Central Americans	中美洲人	term		yes	
Trump Tower	特朗普大厦	place		yes	
Xi Jinping Thought	习近平思想	term		yes	
East Coast	东海岸	place		yes	
Central and Eastern Europe	中东欧	place		yes	
General Council	总理事会	org		yes	
Romania	罗马尼亚	place		yes	
Americas	美洲	place		yes	
Zongli Yamen	总理衙门	org		yes	
customs	海关	org			
New Yorker	纽约客	org		yes	
Xi'an Incident	西安事变	term		yes	
Chinese Eastern Railway	中东铁路	term		yes	
East India Company	东印度公司	org		yes	
Kerry	克里	person		yes	
Biden	拜登	person		yes	
Yellen	耶伦	person		yes	
Blinken	布林肯	person		yes	
Trump	特朗普	person		yes	
Obama	奥巴马	person		yes	
Pompeo	蓬佩奥	person		yes	
Putin	普京	person		yes	
Zelensky	泽连斯基	person		yes	
Zelenskyy	泽连斯基	person		yes	
Lavrov	拉夫罗夫	person		yes	
Merkel	默克尔	person		yes	
Scholz	朔尔茨	person		yes	
Macron	马克龙	person		yes	
Sunak	苏纳克	person		yes	
Starmer	斯塔默	person		yes	
Modi	莫迪	person		yes	
Trudeau	特鲁多	person		yes	
Netanyahu	内塔尼亚胡	person		yes	
Erdogan	埃尔多安	person		yes	
Guterres	古特雷斯	person		yes	
Kissinger	基辛格	person		yes	
Nixon	尼克松	person		yes	
Musk	马斯克	person		yes	
Xi	习近平	person	President Xi; surname alone	yes	
Kerrygold		exclude	butter brand, not John Kerry		
CCTV footage		exclude	closed-circuit television, not China's CCTV		
CCTV camera		exclude	closed-circuit television, not China's CCTV		
CCTV cameras		exclude	closed-circuit television, not China's CCTV		
CCTV images		exclude	closed-circuit television, not China's CCTV		
CCTV system		exclude	closed-circuit television, not China's CCTV		
CCTV systems		exclude	closed-circuit television, not China's CCTV		
CCTV surveillance		exclude	closed-circuit television, not China's CCTV		
CCTV recordings		exclude	closed-circuit television, not China's CCTV		
tariff	关税	term			
sanction	制裁	term			
US	美国	place		yes	
U.S.	美国	place		yes	
UK	英国	place		yes	
United Kingdom	英国	place		yes	
UN	联合国	org		yes	
EU	欧盟	org		yes	
WHO	世卫组织	org		yes	
WTO	世贸组织	org		yes	
IMF	国际货币基金组织	org		yes	
PLA	解放军	org		yes	
CPC	中共	org		yes	
NPC	全国人大	org		yes	
Associated Press	美联社	org		yes	
Agence France-Presse	法新社	org		yes	
Deutsche Welle	德国之声	org		yes	
VOA	美国之音	org		yes	
RFA	自由亚洲电台	org		yes	
Fed	美联储	org		yes	
State Department	美国国务院	org		yes	
Treasury	财政部	org	the US or the UK one; 美国财政部 or 英国财政部 where the text does not make the country plain	yes	
Kiev	基辅	place		yes	
GDP	国内生产总值	term		yes	
RMB	人民币	term		yes	
yuan	人民币	term			

"""#,
        "zh-en.tsv": #"""
# Diglot default glossary, Chinese → English: names and terms of international news.
# Curated for Diglot by hand (not derived from CC-CEDICT). One entry a line, tab-separated.
# Columns: source, target, type (person/org/place/term/exclude), note, case (yes = match
# letter case exactly), forbidden (target variants not to use, separated by |).
# Entries of type exclude have no target: they stop shorter names from matching inside
# longer words (克里 in 克里斯托弗). Longer real words (克里米亚, 克里姆林宫) are full entries.
# A line starting with "# " is a comment.
source:zh	target:en	type	note	case	forbidden

# People: United States
约翰·克里	John Kerry	person	US Special Presidential Envoy for Climate (2021–2024), Secretary of State 2013–2017		
克里	John Kerry	person	short form in Chinese news; "Kerry" on second reference. 克里米亚, 克里姆林宫, 克里斯… are separate entries		
乔·拜登	Joe Biden	person	46th US President		
拜登	Joe Biden	person	"Biden" on second reference		
吉尔·拜登	Jill Biden	person	US First Lady		
亨特·拜登	Hunter Biden	person	son of Joe Biden		
珍妮特·耶伦	Janet Yellen	person	US Treasury Secretary		
耶伦	Janet Yellen	person	"Yellen" on second reference		
安东尼·布林肯	Antony Blinken	person	US Secretary of State 2021–2025		
布林肯	Antony Blinken	person	"Blinken" on second reference		Anthony Blinken
南希·佩洛西	Nancy Pelosi	person	Speaker of the US House of Representatives 2007–2011, 2019–2023		
佩洛西	Pelosi	person	Nancy Pelosi		
唐纳德·特朗普	Donald Trump	person	45th and 47th US President		
小唐纳德·特朗普	Donald Trump Jr.	person	the president's eldest son		
小特朗普	Donald Trump Jr.	person	the president's eldest son; also "a mini-Trump" said of other politicians		
特朗普	Donald Trump	person	"Trump" on second reference; Taiwan and Hong Kong write 川普		
川普	Donald Trump	person	Taiwan/Hong Kong transliteration of Trump		
伊万卡·特朗普	Ivanka Trump	person			
梅拉尼娅·特朗普	Melania Trump	person			
贝拉克·奥巴马	Barack Obama	person	44th US President		
奥巴马	Barack Obama	person	"Obama" on second reference		
希拉里·克林顿	Hillary Clinton	person			
比尔·克林顿	Bill Clinton	person			
克林顿	Clinton	person	Bill or Hillary Clinton: check which		
卡玛拉·哈里斯	Kamala Harris	person	US Vice President 2021–2025		
贺锦丽	Kamala Harris	person	Taiwan/Hong Kong name for Kamala Harris		
迈克·蓬佩奥	Mike Pompeo	person	US Secretary of State 2018–2021		
迈克尔·蓬佩奥	Mike Pompeo	person	US Secretary of State 2018–2021		
蓬佩奥	Mike Pompeo	person	"Pompeo" on second reference		
杰克·沙利文	Jake Sullivan	person	US National Security Advisor 2021–2025		
劳埃德·奥斯汀	Lloyd Austin	person	US Secretary of Defense 2021–2025		
威廉·伯恩斯	William Burns	person	CIA Director 2021–2025		
戴琪	Katherine Tai	person	US Trade Representative 2021–2025		
吉娜·雷蒙多	Gina Raimondo	person	US Commerce Secretary 2021–2025		
雷蒙多	Gina Raimondo	person			
凯文·麦卡锡	Kevin McCarthy	person	Speaker of the US House 2023		
麦卡锡	McCarthy	person	Kevin McCarthy in current news; Joseph McCarthy in history		
查克·舒默	Chuck Schumer	person			
米奇·麦康奈尔	Mitch McConnell	person			
克里斯托弗·雷	Christopher Wray	person	FBI Director 2017–2025		
埃隆·马斯克	Elon Musk	person			
马斯克	Elon Musk	person			
理查德·尼克松	Richard Nixon	person	37th US President		
尼克松	Richard Nixon	person			
亨利·基辛格	Henry Kissinger	person			
基辛格	Henry Kissinger	person			
罗纳德·里根	Ronald Reagan	person			
彼得·纳瓦罗	Peter Navarro	person	White House trade adviser under Trump		
约翰·博尔顿	John Bolton	person			

# People: China
习近平	Xi Jinping	person	General Secretary of the CCP, President of the PRC; "Xi" on second reference		Xi Jin Ping|Xi Jing Ping
李强	Li Qiang	person	Premier of the State Council from 2023		
李克强	Li Keqiang	person	Premier 2013–2023		
王毅	Wang Yi	person	Director of the CCP Foreign Affairs Commission Office, Foreign Minister		
何立峰	He Lifeng	person	Vice Premier from 2023		
解振华	Xie Zhenhua	person	China's Special Envoy for Climate Change		
秦刚	Qin Gang	person	Foreign Minister Dec 2022 – Jul 2023		
韩正	Han Zheng	person	Vice President of the PRC from 2023		
丁薛祥	Ding Xuexiang	person	Vice Premier		
赵乐际	Zhao Leji	person	Chairman of the NPC Standing Committee		
王沪宁	Wang Huning	person	Chairman of the CPPCC		
蔡奇	Cai Qi	person	Politburo Standing Committee member		
李希	Li Xi	person	head of the Central Commission for Discipline Inspection		
刘鹤	Liu He	person	Vice Premier 2018–2023		
易纲	Yi Gang	person	Governor of the People's Bank of China 2018–2023		
潘功胜	Pan Gongsheng	person	Governor of the People's Bank of China from 2023		
杨洁篪	Yang Jiechi	person			
王岐山	Wang Qishan	person			
栗战书	Li Zhanshu	person			
汪洋	Wang Yang	person			
胡锦涛	Hu Jintao	person			
江泽民	Jiang Zemin	person			
温家宝	Wen Jiabao	person			
朱镕基	Zhu Rongji	person			
邓小平	Deng Xiaoping	person			
毛泽东	Mao Zedong	person			
周恩来	Zhou Enlai	person			
薄熙来	Bo Xilai	person			
彭丽媛	Peng Liyuan	person			
赵立坚	Zhao Lijian	person	Foreign Ministry spokesperson		
华春莹	Hua Chunying	person	Foreign Ministry spokesperson		
汪文斌	Wang Wenbin	person	Foreign Ministry spokesperson		
毛宁	Mao Ning	person	Foreign Ministry spokesperson		
魏凤和	Wei Fenghe	person	Defense Minister 2018–2023		
李尚福	Li Shangfu	person	Defense Minister 2023		
董军	Dong Jun	person	Defense Minister from 2023		
胡锡进	Hu Xijin	person	former editor-in-chief of the Global Times		
刘晓波	Liu Xiaobo	person			
艾未未	Ai Weiwei	person			
马云	Jack Ma	person			
任正非	Ren Zhengfei	person	founder of Huawei		
孟晚舟	Meng Wanzhou	person	Huawei executive		

# People: Hong Kong and Taiwan
林郑月娥	Carrie Lam	person	Chief Executive of Hong Kong 2017–2022		
林郑	Carrie Lam	person	short form of 林郑月娥		
李家超	John Lee	person	Chief Executive of Hong Kong from 2022		
梁振英	Leung Chun-ying	person	Chief Executive of Hong Kong 2012–2017		
董建华	Tung Chee-hwa	person			
曾荫权	Donald Tsang	person			
夏宝龙	Xia Baolong	person	Director of the Hong Kong and Macao Affairs Office		
骆惠宁	Luo Huining	person			
邓炳强	Chris Tang	person			
黎智英	Jimmy Lai	person	founder of Apple Daily		
黄之锋	Joshua Wong	person			
周庭	Agnes Chow	person			
罗冠聪	Nathan Law	person			
蔡英文	Tsai Ing-wen	person	President of Taiwan 2016–2024		Cai Yingwen
赖清德	Lai Ching-te	person	President of Taiwan from 2024		Lai Qingde
萧美琴	Hsiao Bi-khim	person	Vice President of Taiwan from 2024		
马英九	Ma Ying-jeou	person			
陈水扁	Chen Shui-bian	person			
李登辉	Lee Teng-hui	person			
蒋介石	Chiang Kai-shek	person			
孙中山	Sun Yat-sen	person			
韩国瑜	Han Kuo-yu	person	Kuomintang politician; not 韩国 (South Korea)		
侯友宜	Hou Yu-ih	person			
柯文哲	Ko Wen-je	person			
吴钊燮	Joseph Wu	person	Taiwan's Foreign Minister 2018–2024		
苏贞昌	Su Tseng-chang	person			
郭台铭	Terry Gou	person			

# People: the world
弗拉基米尔·普京	Vladimir Putin	person	President of Russia		
普京	Vladimir Putin	person	"Putin" on second reference		
普丁	Vladimir Putin	person	Taiwan transliteration		
沃洛季米尔·泽连斯基	Volodymyr Zelensky	person	President of Ukraine		
泽连斯基	Volodymyr Zelensky	person	"Zelensky" on second reference		
谢尔盖·拉夫罗夫	Sergei Lavrov	person	Russian Foreign Minister		
拉夫罗夫	Sergei Lavrov	person			
德米特里·梅德韦杰夫	Dmitry Medvedev	person			
梅德韦杰夫	Dmitry Medvedev	person			
阿列克谢·纳瓦尔尼	Alexei Navalny	person			
纳瓦尔尼	Alexei Navalny	person			
斯克里帕尔	Skripal	person	Sergei Skripal, poisoned in Salisbury in 2018; not Kerry		
安格拉·默克尔	Angela Merkel	person	German Chancellor 2005–2021		
默克尔	Angela Merkel	person			
奥拉夫·朔尔茨	Olaf Scholz	person	German Chancellor 2021–2025		
朔尔茨	Olaf Scholz	person			
埃马纽埃尔·马克龙	Emmanuel Macron	person	President of France		
伊曼纽尔·马克龙	Emmanuel Macron	person	President of France		
马克龙	Emmanuel Macron	person			
鲍里斯·约翰逊	Boris Johnson	person	UK Prime Minister 2019–2022		
林登·约翰逊	Lyndon Johnson	person	36th US President		
约翰逊	Johnson	person	Boris Johnson in recent UK news		
特蕾莎·梅	Theresa May	person			
莉兹·特拉斯	Liz Truss	person			
里希·苏纳克	Rishi Sunak	person	UK Prime Minister 2022–2024		
苏纳克	Rishi Sunak	person			
基尔·斯塔默	Keir Starmer	person	UK Prime Minister from 2024		
斯塔默	Keir Starmer	person			
乌尔苏拉·冯德莱恩	Ursula von der Leyen	person	President of the European Commission		
冯德莱恩	Ursula von der Leyen	person			
安东尼奥·古特雷斯	António Guterres	person	UN Secretary-General		
古特雷斯	António Guterres	person			
谭德塞	Tedros Adhanom Ghebreyesus	person	WHO Director-General		
安倍晋三	Shinzo Abe	person	Japanese Prime Minister 2006–2007, 2012–2020		
安倍	Shinzo Abe	person			
岸田文雄	Fumio Kishida	person	Japanese Prime Minister 2021–2024		
菅义伟	Yoshihide Suga	person			
文在寅	Moon Jae-in	person	South Korean President 2017–2022		
尹锡悦	Yoon Suk Yeol	person	South Korean President 2022–2025		
金正恩	Kim Jong Un	person	leader of North Korea		
金正日	Kim Jong Il	person			
金日成	Kim Il Sung	person			
纳伦德拉·莫迪	Narendra Modi	person	Prime Minister of India		
莫迪	Narendra Modi	person			
拉胡尔·甘地	Rahul Gandhi	person			
贾斯廷·特鲁多	Justin Trudeau	person	Canadian Prime Minister 2015–2025		
特鲁多	Justin Trudeau	person			
斯科特·莫里森	Scott Morrison	person	Australian Prime Minister 2018–2022		
莫里森	Scott Morrison	person			
安东尼·阿尔巴尼斯	Anthony Albanese	person	Australian Prime Minister from 2022		
阿尔巴尼斯	Anthony Albanese	person			
杰辛达·阿德恩	Jacinda Ardern	person			
李显龙	Lee Hsien Loong	person	Singapore Prime Minister 2004–2024		
黄循财	Lawrence Wong	person	Singapore Prime Minister from 2024		
雷杰普·塔伊普·埃尔多安	Recep Tayyip Erdoğan	person	President of Turkey		
埃尔多安	Recep Tayyip Erdoğan	person			
本杰明·内塔尼亚胡	Benjamin Netanyahu	person	Prime Minister of Israel		
内塔尼亚胡	Benjamin Netanyahu	person			
哈桑·鲁哈尼	Hassan Rouhani	person			
巴沙尔·阿萨德	Bashar al-Assad	person			
卢拉	Lula da Silva	person	President of Brazil		
博索纳罗	Jair Bolsonaro	person			
达赖喇嘛	the Dalai Lama	person			
教宗方济各	Pope Francis	person			
教皇方济各	Pope Francis	person			

# News agencies and media
法新社	AFP	org	Agence France-Presse		
路透社	Reuters	org			
路透	Reuters	org			
彭博社	Bloomberg	org	Bloomberg News		
彭博	Bloomberg	org			
美联社	AP	org	the Associated Press		
新华社	Xinhua	org	Xinhua News Agency		
中新社	China News Service	org			
共同社	Kyodo News	org			
韩联社	Yonhap	org			
塔斯社	TASS	org			
中央社	CNA	org	Central News Agency (Taiwan)		
纽约时报	The New York Times	org			
纽时	The New York Times	org			
华尔街日报	The Wall Street Journal	org			
华盛顿邮报	The Washington Post	org			
洛杉矶时报	Los Angeles Times	org			
金融时报	Financial Times	org			
经济学人	The Economist	org			
卫报	The Guardian	org			
泰晤士报	The Times	org			
星期日泰晤士报	The Sunday Times	org			
南华早报	South China Morning Post	org			
明报	Ming Pao	org			
苹果日报	Apple Daily	org			
联合早报	Lianhe Zaobao	org			
端传媒	Initium Media	org			
人民日报	People's Daily	org			
环球时报	Global Times	org			
中国日报	China Daily	org			
央视	CCTV	org	China Central Television		
中国中央电视台	China Central Television	org			
英国广播公司	BBC	org			
美国之音	Voice of America	org			
自由亚洲电台	Radio Free Asia	org			
德国之声	DW	org	Deutsche Welle		
法国国际广播电台	RFI	org	Radio France Internationale		
法广	RFI	org	Radio France Internationale		
有线电视新闻网	CNN	org			
美国有线电视新闻网	CNN	org			
福克斯新闻	Fox News	org			
半岛电视台	Al Jazeera	org			
大纪元	The Epoch Times	org			

# International organisations
联合国	United Nations	org	UN		
联合国安理会	UN Security Council	org			
联合国大会	UN General Assembly	org			
联合国人权理事会	UN Human Rights Council	org			
人权观察	Human Rights Watch	org	the NGO; 人权 alone is "human rights"		
世界卫生组织	World Health Organization	org	WHO		
世卫组织	World Health Organization	org	WHO		
世卫	World Health Organization	org	WHO		
世界贸易组织	World Trade Organization	org	WTO		
世贸组织	World Trade Organization	org	WTO		
国际货币基金组织	International Monetary Fund	org	IMF		
世界银行	World Bank	org			
北约	NATO	org	North Atlantic Treaty Organization		
北大西洋公约组织	North Atlantic Treaty Organization	org	NATO		
欧盟	European Union	org	EU		
欧洲联盟	European Union	org	EU		
欧盟委员会	European Commission	org			
欧洲议会	European Parliament	org			
七国集团	G7	org	Group of Seven		
二十国集团	G20	org	Group of Twenty		
东盟	ASEAN	org	Association of Southeast Asian Nations		
亚太经合组织	APEC	org	Asia-Pacific Economic Cooperation		
上海合作组织	Shanghai Cooperation Organisation	org	SCO		
金砖国家	BRICS	org			
国际刑事法院	International Criminal Court	org	ICC		
国际原子能机构	International Atomic Energy Agency	org	IAEA		
石油输出国组织	OPEC	org			

# China: party and state
中国共产党	Chinese Communist Party	org	CCP; also "Communist Party of China" (CPC) in official usage		
中共	CCP	org	Chinese Communist Party		
中共中央	CCP Central Committee	org			
中央政治局	Politburo	org			
政治局常委	Politburo Standing Committee	org			
中央军委	Central Military Commission	org			
中纪委	Central Commission for Discipline Inspection	org			
全国人民代表大会	National People's Congress	org	NPC		
全国人大	National People's Congress	org	NPC		
全国人大常委会	NPC Standing Committee	org			
全国政协	CPPCC	org	Chinese People's Political Consultative Conference		
国务院	State Council	org	China's cabinet; 美国国务院 is the US State Department		
国务院总理	Premier of the State Council	term			
国台办	Taiwan Affairs Office	org			
国务院台湾事务办公室	Taiwan Affairs Office of the State Council	org			
港澳办	Hong Kong and Macao Affairs Office	org			
中联办	Liaison Office	org	Liaison Office of the Central People's Government in Hong Kong		
外交部	Ministry of Foreign Affairs	org	China's unless another country is named		
外交部长	Foreign Minister	term			
外交部发言人	Foreign Ministry spokesperson	term			
国防部	Ministry of National Defense	org	China's unless another country is named		
国防部长	Defense Minister	term			
财政部	Ministry of Finance	org	China's; the US one is the Treasury		
财政部长	finance minister	term			
商务部	Ministry of Commerce	org	China's; the US one is the Commerce Department		
公安部	Ministry of Public Security	org			
国家安全部	Ministry of State Security	org			
卫健委	National Health Commission	org			
国家卫生健康委员会	National Health Commission	org			
生态环境部	Ministry of Ecology and Environment	org			
发改委	NDRC	org	National Development and Reform Commission		
国家发展和改革委员会	National Development and Reform Commission	org	NDRC		
中国人民银行	People's Bank of China	org	PBOC, the central bank		
人民银行	People's Bank of China	org	PBOC		
中国人民解放军	People's Liberation Army	org	PLA		
解放军	People's Liberation Army	org	PLA		
海警	coast guard	org			
香港特区政府	Hong Kong SAR government	org			
港府	Hong Kong government	org			
立法会	Legislative Council	org	Hong Kong's LegCo		

# Taiwan
民进党	Democratic Progressive Party	org	DPP		
国民党	Kuomintang	org	KMT, Taiwan (formerly China); in South Africa the National Party		
民众党	Taiwan People's Party	org	TPP		
立法院	Legislative Yuan	org			
行政院	Executive Yuan	org			
监察院	Control Yuan	org	Taiwan		
司法院	Judicial Yuan	org	Taiwan		
考试院	Examination Yuan	org	Taiwan		
陆委会	Mainland Affairs Council	org			

# United States and elsewhere
美国国务院	US State Department	org			
美国务院	US State Department	org	the news writes 美国 short as 美		
国务卿	Secretary of State	term			
副国务卿	Under Secretary of State | Deputy Secretary of State	term	the US State Department's second rank; 常务副国务卿 is the Deputy Secretary		
常务副国务卿	Deputy Secretary of State	term			
助理国务卿	Assistant Secretary of State	term	not the Secretary of State		
美国财政部	US Treasury	org	US Department of the Treasury		
美国财政部长	US Treasury Secretary	term			
美国财长	US Treasury Secretary	term			
财长	finance minister	term	for the US: Treasury Secretary		
美国商务部	US Commerce Department	org			
美国司法部	US Justice Department	org			
司法部	Justice Department	org			
美国国防部	Pentagon	org	US Department of Defense		
美国防部	Pentagon	org	US Department of Defense; 美 for 美国		
五角大楼	Pentagon	org			
白宫	White House	org			
美国国会	US Congress	org			
国会	Congress	org	parliament of the country named		
国大党	Congress party	org	India's Indian National Congress		
党代会	Party Congress | party convention	org	a communist party's national congress; a US party's convention		
国会山	Capitol Hill	place			
参议院	Senate	org			
众议院	House of Representatives	org			
众议院议长	Speaker of the House	term			
民主党	Democratic Party	org	US Democrats unless another country is named		
共和党	Republican Party	org			
联邦调查局	FBI	org	Federal Bureau of Investigation		
中央情报局	CIA	org	Central Intelligence Agency		
美国贸易代表办公室	Office of the US Trade Representative	org	USTR		
美联储	Federal Reserve	org	the Fed		
欧洲央行	European Central Bank	org	ECB		
欧洲中央银行	European Central Bank	org	ECB		
欧元区	eurozone	term			
联邦储备委员会	Federal Reserve	org			
美国疾控中心	CDC	org	Centers for Disease Control and Prevention		
克里姆林宫	the Kremlin	org	not Kerry		
唐宁街	Downing Street	place			

# Companies
华为	Huawei	org			
腾讯	Tencent	org			
阿里巴巴	Alibaba	org			
字节跳动	ByteDance	org			
抖音	Douyin	org	TikTok's Chinese sister app		
微信	WeChat	org			
微博	Weibo	org			
推特	Twitter	org	renamed X in 2023		
脸书	Facebook	org			
谷歌	Google	org			
微软	Microsoft	org			
苹果公司	Apple	org			
特斯拉	Tesla	org			
台积电	TSMC	org	Taiwan Semiconductor Manufacturing Company		
恒大	Evergrande	org			

# Universities
北京大学	Peking University	org			
清华大学	Tsinghua University	org			
香港大学	University of Hong Kong	org			
香港中文大学	Chinese University of Hong Kong	org			
哈佛大学	Harvard University	org			
约翰斯·霍普金斯大学	Johns Hopkins University	org			
约翰·霍普金斯大学	Johns Hopkins University	org			

# Countries and regions
中国	China	place			
中华人民共和国	People's Republic of China	place	PRC		
中华民国	Republic of China	place	Taiwan's official name		
美国	United States	place	US		
美利坚合众国	United States of America	place			
英国	Britain	place	United Kingdom (UK)		
法国	France	place			
德国	Germany	place			
意大利	Italy	place			
西班牙	Spain	place			
葡萄牙	Portugal	place			
荷兰	Netherlands	place			
比利时	Belgium	place			
瑞士	Switzerland	place			
瑞典	Sweden	place			
挪威	Norway	place			
芬兰	Finland	place			
丹麦	Denmark	place			
波兰	Poland	place			
捷克	Czech Republic	place	Czechia		
匈牙利	Hungary	place			
奥地利	Austria	place			
希腊	Greece	place			
爱尔兰	Ireland	place			
立陶宛	Lithuania	place			
俄罗斯	Russia	place			
俄国	Russia	place			
苏联	Soviet Union	place			
乌克兰	Ukraine	place			
白俄罗斯	Belarus	place			
克里米亚	Crimea	place	not Kerry		
格鲁吉亚	Georgia	place	the country		
土耳其	Turkey	place	Türkiye		
以色列	Israel	place			
巴勒斯坦	Palestine	place			
加沙	Gaza	place			
伊朗	Iran	place			
伊朗伊斯兰共和国	Islamic Republic of Iran	place	the country's official name		
伊朗伊斯兰共和国通讯社	IRNA	org	Islamic Republic News Agency, Iran's state news agency		
伊拉克	Iraq	place			
叙利亚	Syria	place			
沙特阿拉伯	Saudi Arabia	place			
沙特	Saudi Arabia	place			
阿富汗	Afghanistan	place			
巴基斯坦	Pakistan	place			
印度	India	place			
孟加拉国	Bangladesh	place			
印度尼西亚	Indonesia	place	not India		
印尼	Indonesia	place			
马来西亚	Malaysia	place			
新加坡	Singapore	place			
泰国	Thailand	place			
越南	Vietnam	place			
菲律宾	Philippines	place			
缅甸	Myanmar	place			
柬埔寨	Cambodia	place			
老挝	Laos	place			
日本	Japan	place			
韩国	South Korea	place			
朝鲜	North Korea	place	Democratic People's Republic of Korea		
朝鲜半岛	Korean Peninsula	place			
蒙古	Mongolia	place			
哈萨克斯坦	Kazakhstan	place			
澳大利亚	Australia	place			
澳洲	Australia	place			
新西兰	New Zealand	place			
加拿大	Canada	place			
墨西哥	Mexico	place			
巴西	Brazil	place			
阿根廷	Argentina	place			
智利	Chile	place			
哥伦比亚	Colombia	place	the country; Columbia University, the District of Columbia and British Columbia are other entries		
委内瑞拉	Venezuela	place			
古巴	Cuba	place			
南非	South Africa	place			
埃及	Egypt	place			
尼日利亚	Nigeria	place			
埃塞俄比亚	Ethiopia	place			
肯尼亚	Kenya	place			
欧洲	Europe	place			
亚洲	Asia	place			
亚太	Asia-Pacific	place			
亚太地区	Asia-Pacific region	place			
非洲	Africa	place			
中东	Middle East	place			
东南亚	Southeast Asia	place			
拉丁美洲	Latin America	place			
中美洲	Central America	place	not 中美 (China-US)		
北美	North America	place			
印太	Indo-Pacific	place			

# Capitals and world cities
华盛顿	Washington	place			
华盛顿州	Washington State	place			
纽约	New York	place			
洛杉矶	Los Angeles	place			
旧金山	San Francisco	place			
休斯敦	Houston	place			
休斯顿	Houston	place			
芝加哥	Chicago	place			
克里夫兰	Cleveland	place	not Kerry		
伦敦	London	place			
巴黎	Paris	place			
柏林	Berlin	place			
布鲁塞尔	Brussels	place			
莫斯科	Moscow	place			
基辅	Kyiv	place			Kiev
东京	Tokyo	place			
首尔	Seoul	place			
平壤	Pyongyang	place			
新德里	New Delhi	place			
曼谷	Bangkok	place			
河内	Hanoi	place			
马尼拉	Manila	place			
堪培拉	Canberra	place			
悉尼	Sydney	place			
渥太华	Ottawa	place			
日内瓦	Geneva	place			
维也纳	Vienna	place			
罗马	Rome	place			
德黑兰	Tehran	place			
耶路撒冷	Jerusalem	place			
迪拜	Dubai	place			

# China: provinces, regions, cities
北京	Beijing	place			
上海	Shanghai	place			
天津	Tianjin	place			
重庆	Chongqing	place			
香港	Hong Kong	place			
澳门	Macau	place			
台湾	Taiwan	place			
台北	Taipei	place			
高雄	Kaohsiung	place			
新疆	Xinjiang	place			
新疆维吾尔自治区	Xinjiang Uyghur Autonomous Region	place			
西藏	Tibet	place			
西藏自治区	Tibet Autonomous Region	place			
内蒙古	Inner Mongolia	place			
宁夏	Ningxia	place			
广西	Guangxi	place			
广东	Guangdong	place			
福建	Fujian	place			
浙江	Zhejiang	place			
江苏	Jiangsu	place			
山东	Shandong	place			
河北	Hebei	place			
河南	Henan	place			
湖北	Hubei	place			
湖南	Hunan	place			
江西	Jiangxi	place			
安徽	Anhui	place			
四川	Sichuan	place			
云南	Yunnan	place			
贵州	Guizhou	place			
陕西	Shaanxi	place			
山西	Shanxi	place			
甘肃	Gansu	place			
青海	Qinghai	place			
海南	Hainan	place			
辽宁	Liaoning	place			
吉林	Jilin	place			
黑龙江	Heilongjiang	place			
广州	Guangzhou	place			
深圳	Shenzhen	place			
武汉	Wuhan	place			
成都	Chengdu	place			
杭州	Hangzhou	place			
南京	Nanjing	place			
西安	Xi'an	place			
沈阳	Shenyang	place			
乌鲁木齐	Urumqi	place			
拉萨	Lhasa	place			
雄安	Xiong'an	place			
天安门	Tiananmen	place			
天安门广场	Tiananmen Square	place			
中南海	Zhongnanhai	place			

# Seas and straits
台湾海峡	Taiwan Strait	place			
台海	Taiwan Strait	place			
南海	South China Sea	place			
东海	East China Sea	place			
太平洋	Pacific Ocean	place			
印度洋	Indian Ocean	place	not India		
长江	Yangtze River	place			

# Climate and energy
气候变化	climate change	term			
全球变暖	global warming	term			
气候特使	climate envoy	term			
气候谈判	climate talks	term			
温室气体	greenhouse gas	term			
甲烷	methane	term			
二氧化碳	carbon dioxide	term			
碳排放	carbon emissions	term			
碳中和	carbon neutrality	term			
碳达峰	carbon peaking	term	emissions peaking before 2030		
净零排放	net-zero emissions	term			
巴黎协定	Paris Agreement	term			
化石燃料	fossil fuels	term			
可再生能源	renewable energy	term			
煤炭	coal	term			
天然气	natural gas	term			
森林砍伐	deforestation	term			

# Economy and finance
关税	tariffs	term			
通胀	inflation	term			
通货膨胀	inflation	term			
通缩	deflation	term			
经济衰退	recession	term			
国内生产总值	gross domestic product	term	GDP		
人民币	renminbi | yuan	term	RMB; "renminbi" for the currency, "yuan" for amounts		
美元	US dollar	term			
欧元	euro	term			
港元	Hong Kong dollar	term			
利率	interest rate	term			
加息	interest rate hike	term			
降息	interest rate cut	term			
贸易战	trade war	term			
贸易逆差	trade deficit	term			
供应链	supply chain	term			
半导体	semiconductors	term			
芯片	chips	term			
出口管制	export controls	term			
实体清单	Entity List	term	US Commerce Department export blacklist		
制裁	sanctions	term			
华尔街	Wall Street	place			
一带一路	Belt and Road Initiative	term	BRI		

# Politics and security
一国两制	"one country, two systems"	term			
港区国安法	Hong Kong national security law	term			
香港国安法	Hong Kong national security law	term			
国安法	national security law	term			
民主派	pro-democracy camp	term	Hong Kong		
建制派	pro-establishment camp	term	Hong Kong		
行政长官	Chief Executive	term	Hong Kong, Macau		
特首	Chief Executive	term	Hong Kong		
总书记	General Secretary	term			
国家主席	President	term	of the PRC		
副总理	Vice Premier	term	China; Deputy Prime Minister elsewhere		
总理	Premier	term	China; Prime Minister elsewhere		
维吾尔族	Uyghurs	term			
维吾尔	Uyghur	term			
藏人	Tibetans	term			
人权	human rights	term			
新冠肺炎	COVID-19	term			
新冠病毒	coronavirus	term			
新冠疫情	COVID-19 pandemic	term			
中美关系	China-US relations	term			
冷战	Cold War	term			
文化大革命	Cultural Revolution	term			
文革	Cultural Revolution	term			
六四事件	June Fourth Incident	term	the 1989 Tiananmen crackdown		
第二次世界大战	Second World War	term			
二战	Second World War	term			
俄乌战争	Russia-Ukraine war	term			

# Blocking entries: longer words that hide shorter names
克里斯		exclude	Chris…, Christopher…, Christine…: not Kerry		
克里夫		exclude	Clive…: not Kerry		
克里希纳		exclude	Krishna: not Kerry		
斯克里		exclude	Skripal, Scriabin…: not Kerry		
克里特岛	Crete	place	not Kerry		
克里姆林		exclude	not Kerry (Kremlin without 宫)		
朝鲜族	ethnic Koreans	term	China's Korean minority, not North Korea		
中美洲人	Central Americans	term			
特朗普大厦	Trump Tower	place			
习近平思想	Xi Jinping Thought	term			
东海岸	East Coast	place	not 东海 (East China Sea)		
中东欧	Central and Eastern Europe	place			
北美洲	North America	place			
总理事会	General Council	org	WTO General Council; not 总理		
港版国安法	Hong Kong national security law	term			
保卫报		exclude	保卫报告 etc.: not 卫报 (The Guardian)		
方法广		exclude	not 法广 (RFI)		
办法广		exclude	not 法广 (RFI)		
说法广		exclude	not 法广 (RFI)		
做法广		exclude	not 法广 (RFI)		
看法广		exclude	not 法广 (RFI)		
罗马尼亚	Romania	place	not 罗马 (Rome)		
美洲	the Americas	place			
总理衙门	Zongli Yamen	org	Qing dynasty foreign office; not 总理 (Premier)		
自由亚洲	Radio Free Asia	org	short for 自由亚洲电台		
海关	customs	org			
纽约客	The New Yorker	org	not 纽约 (New York)		
西安事变	Xi'an Incident	term	1936		
中东铁路	Chinese Eastern Railway	term	not 中东 (Middle East)		
东印度公司	East India Company	org			
西印度群岛	West Indies	place	the Caribbean islands; not 印度 (India)		
西印度	West Indies	place	short for 西印度群岛; not 印度 (India)		
东印度群岛	East Indies	place	not 印度 (India)		
澳大利亚洲	Australia (the continent)	place	not 亚洲 (Asia)		
道德国		exclude	道德国家 etc.: not 德国 (Germany)		
司法国		exclude	司法国际 etc.: not 法国 (France)		
南中国海	South China Sea	place	= 南海; not 中国 (China)		
南海子		exclude	Nanhaizi (Beijing park, village names): not 南海 (South China Sea)		
一片汪洋		exclude	a vast expanse of water: not 汪洋 (Wang Yang)		
汪洋一片		exclude	a vast expanse of water: not 汪洋 (Wang Yang)		
民主党派	democratic parties	term	China's eight minor parties under the CPC; not 民主党 (US Democrats)		
哥伦比亚大学	Columbia University	org	not Colombia		
哥伦比亚广播公司	CBS	org	Columbia Broadcasting System; not Colombia		
哥伦比亚特区	District of Columbia	place	not Colombia		
不列颠哥伦比亚	British Columbia	place	Canadian province; not Colombia		
麦卡锡主义	McCarthyism	term	after Joseph McCarthy		
立法国		exclude	立法国会 etc.: not 法国 (France)		
宪法国		exclude	宪法国家 etc.: not 法国 (France)		
执法国		exclude	执法国际 etc.: not 法国 (France)		
香港脚		exclude	athlete's foot: not 香港 (Hong Kong)		
荷兰猪		exclude	guinea pig: not 荷兰 (the Netherlands)		
打冷战		exclude	to shiver: not 冷战 (Cold War)		
盈利率		exclude	profit margin: not 利率 (interest rate)		
获利率		exclude	rate of return: not 利率 (interest rate)		

# Taiwan and Hong Kong usage. Traditional text matches the Simplified entries above (the
# matcher folds Traditional characters to Simplified), so only different words are listed here.
北约组织	NATO	org			
裴洛西	Pelosi	person	Taiwan transliteration of Pelosi		
南希·裴洛西	Nancy Pelosi	person	Taiwan transliteration		
澤倫斯基	Volodymyr Zelensky	person	Taiwan transliteration		
葉倫	Janet Yellen	person	Taiwan transliteration		
聯準會	Federal Reserve	org	Taiwan usage		
氣候變遷	climate change	term	Taiwan usage		
歐巴馬	Barack Obama	person	Taiwan transliteration; "Obama" on second reference		
柯林頓	Clinton	person	Taiwan transliteration; Bill or Hillary Clinton: check which		
希拉蕊	Hillary Clinton	person	Taiwan transliteration		
龐皮歐	Mike Pompeo	person	Taiwan transliteration		
尼克森	Richard Nixon	person	Taiwan transliteration		
季辛吉	Henry Kissinger	person	Taiwan transliteration		
梅克爾	Angela Merkel	person	Taiwan transliteration		
蕭茲	Olaf Scholz	person	Taiwan transliteration		
馬克宏	Emmanuel Macron	person	Taiwan transliteration		
施凱爾	Keir Starmer	person	Taiwan transliteration		
古特瑞斯	António Guterres	person	Taiwan transliteration		
杜魯道	Justin Trudeau	person	Taiwan transliteration		
艾爾段	Recep Tayyip Erdoğan	person	Taiwan transliteration		
納坦雅胡	Benjamin Netanyahu	person	Taiwan transliteration		
北韓	North Korea	place	Taiwan and Hong Kong usage		
南韓	South Korea	place	Taiwan and Hong Kong usage		
義大利	Italy	place	Taiwan usage		
寮國	Laos	place	Taiwan usage		
肯亞	Kenya	place	Taiwan usage		
奈及利亞	Nigeria	place	Taiwan usage		
衣索比亞	Ethiopia	place	Taiwan usage		
沙烏地阿拉伯	Saudi Arabia	place	Taiwan usage		
紐西蘭	New Zealand	place	Taiwan usage		
休士頓	Houston	place	Taiwan usage		
矽谷	Silicon Valley	place	Taiwan usage		
硅谷	Silicon Valley	place	Taiwan writes 矽谷		
小川普	Donald Trump Jr.	person	Taiwan transliteration		
伊凡卡	Ivanka Trump	person	Taiwan transliteration		
梅蘭妮亞	Melania Trump	person	Taiwan transliteration		
川普大樓	Trump Tower	place	Taiwan usage		
麥康諾	Mitch McConnell	person	Taiwan transliteration		
范德賴恩	Ursula von der Leyen	person	Taiwan transliteration		
阿塞德	Bashar al-Assad	person	Taiwan transliteration		
波索納洛	Jair Bolsonaro	person	Taiwan transliteration		
艾班尼斯	Anthony Albanese	person	Taiwan transliteration		
五角大廈	Pentagon	org	Taiwan usage		
福斯新聞	Fox News	org	Taiwan usage		
坎培拉	Canberra	place	Taiwan usage		
杜拜	Dubai	place	Taiwan usage		
加薩	Gaza	place	Taiwan usage		
晶片	chips	term	Taiwan usage		
通膨	inflation	term	Taiwan usage		
升息	interest rate hike	term	Taiwan usage		
再生能源	renewable energy	term	Taiwan usage		
國內生產毛額	gross domestic product	term	Taiwan usage		
港幣	Hong Kong dollar	term	Hong Kong and Taiwan usage		

"""#,
    ]
}
