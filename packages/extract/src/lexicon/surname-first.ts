/**
 * The most common family names of the naming traditions that put the family name first
 * (Chinese in Pinyin, Wade-Giles and Cantonese spellings, Korean, Vietnamese and Khmer), in the
 * spellings English-language news uses. "Tran Van Duc" or "Kim Min-ji" opens with one of
 * these, so its first word says nothing of the person's gender, while given-name lists read
 * many of them as English or European given names ("Tran", "Le", "Kim" as female). Written by
 * hand: no maintained npm package lists family names by tradition.
 */
const FAMILY_NAMES = `
  Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
  Liang Xie Song Tang Deng Han Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
  Cheng Wei Su Lu Ding Ren Shen Yao Zhong Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou
  Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Dai Mo
  Kong Xiang Chang Hsu Tsai Hsieh Hung Kuo Tseng Chou Yeh Chiang Hsiao Tsao Chao Chu Chiu
  Wong Chan Cheung Lau Ng Leung Ho Lam Tse Chow Tsang Yip Kwok Lo Mak Fung Lai Law Lui Yeung
  Siu Tong Kwan Choi Tam Kwong Poon Chung
  Kim Lee Yi Rhee Park Pak Choe Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Oh Seo Shin Kwon
  Hwang Ahn Yoo Hong Jeon Chun Ko Moon Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha
  Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Trinh Dinh Lam Truong
  Hun Sok Keo Chea Meas Nhem Prak Sar Ouk Chhim Kem Yim Kong Heng Touch
`;

const SURNAME_FIRST = new Set(FAMILY_NAMES.split(/\s+/).filter(Boolean));

/** Is the word a family name that opens names of a surname-first tradition? */
export function isSurnameFirst(word: string): boolean {
  return SURNAME_FIRST.has(word);
}
