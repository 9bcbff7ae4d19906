/**
 * The states of the United States and the District of Columbia, by name and by the abbreviations news
 * style writes after a city ("Springfield, Va.", "Austin, TX").
 */
export const US_STATES: readonly string[] = [
  'Alabama', 'Ala.', 'AL', 'Alaska', 'AK', 'Arizona', 'Ariz.', 'AZ', 'Arkansas', 'Ark.', 'AR', 'California', 'Calif.', 'CA',
  'Colorado', 'Colo.', 'CO', 'Connecticut', 'Conn.', 'CT', 'Delaware', 'Del.', 'DE', 'Florida', 'Fla.', 'FL',
  'Georgia', 'Ga.', 'GA', 'Hawaii', 'HI', 'Idaho', 'ID', 'Illinois', 'Ill.', 'IL', 'Indiana', 'Ind.', 'IN', 'Iowa', 'IA',
  'Kansas', 'Kan.', 'KS', 'Kentucky', 'Ky.', 'KY', 'Louisiana', 'La.', 'LA', 'Maine', 'ME', 'Maryland', 'Md.', 'MD',
  'Massachusetts', 'Mass.', 'MA', 'Michigan', 'Mich.', 'MI', 'Minnesota', 'Minn.', 'MN', 'Mississippi', 'Miss.', 'MS',
  'Missouri', 'Mo.', 'MO', 'Montana', 'Mont.', 'MT', 'Nebraska', 'Neb.', 'NE', 'Nevada', 'Nev.', 'NV',
  'New Hampshire', 'N.H.', 'NH', 'New Jersey', 'N.J.', 'NJ', 'New Mexico', 'N.M.', 'NM', 'New York', 'N.Y.', 'NY',
  'North Carolina', 'N.C.', 'NC', 'North Dakota', 'N.D.', 'ND', 'Ohio', 'OH', 'Oklahoma', 'Okla.', 'OK', 'Oregon',
  'Ore.', 'OR', 'Pennsylvania', 'Pa.', 'PA', 'Rhode Island', 'R.I.', 'RI', 'South Carolina', 'S.C.', 'SC',
  'South Dakota', 'S.D.', 'SD', 'Tennessee', 'Tenn.', 'TN', 'Texas', 'Tex.', 'TX', 'Utah', 'UT', 'Vermont', 'Vt.', 'VT',
  'Virginia', 'Va.', 'VA', 'Washington', 'Wash.', 'WA', 'West Virginia', 'W.Va.', 'W.V.', 'WV', 'Wisconsin', 'Wis.', 'WI',
  'Wyoming', 'Wyo.', 'WY', 'D.C.', 'DC',
];

/**
 * What the people of each state are called ("Missourians", "a Texan"); a plural is the singular with "s".
 * A name that is also a publication ("The Oregonian", "The New Yorker") is read as an outlet before this list.
 */
export const US_STATE_DEMONYMS: readonly string[] = [
  'Alabamian', 'Alaskan', 'Arizonan', 'Arkansan', 'Californian', 'Coloradan', 'Delawarean', 'Floridian', 'Hawaiian',
  'Idahoan', 'Illinoisan', 'Hoosier', 'Iowan', 'Kansan', 'Kentuckian', 'Louisianan', 'Mainer', 'Marylander',
  'Michigander', 'Minnesotan', 'Mississippian', 'Missourian', 'Montanan', 'Nebraskan', 'Nevadan',
  'New Hampshirite', 'New Jerseyan', 'New Mexican', 'New Yorker', 'North Carolinian', 'North Dakotan', 'Ohioan',
  'Oklahoman', 'Oregonian', 'Pennsylvanian', 'Rhode Islander', 'South Carolinian', 'South Dakotan', 'Tennessean',
  'Texan', 'Utahn', 'Vermonter', 'Virginian', 'Washingtonian', 'West Virginian', 'Wisconsinite', 'Wyomingite',
];
