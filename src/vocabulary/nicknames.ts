/**
 * Short forms of English given names, each with the full names it shortens: "Dan Pruitt" is the
 * "Daniel Pruitt" of the same article. Lower case.
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  al: ['albert', 'alan', 'alfred'], alex: ['alexander', 'alexandra'], andy: ['andrew'], bart: ['bartholomew'],
  ben: ['benjamin'], bernie: ['bernard'], beth: ['elizabeth'], betsy: ['elizabeth'], bill: ['william'],
  billy: ['william'], bob: ['robert'], bobby: ['robert'], cathy: ['catherine', 'cathleen'], charlie: ['charles'],
  chris: ['christopher', 'christine', 'christina'], chuck: ['charles'], dan: ['daniel'], danny: ['daniel'],
  dave: ['david'], deb: ['deborah'], debbie: ['deborah'], don: ['donald'], doug: ['douglas'], ed: ['edward'],
  eddie: ['edward'], fred: ['frederick'], gabe: ['gabriel'], greg: ['gregory'], hank: ['henry'], jake: ['jacob'],
  jim: ['james'], jimmy: ['james'], jeff: ['jeffrey'], jen: ['jennifer'], jenny: ['jennifer'], jerry: ['gerald'],
  joe: ['joseph'], jon: ['jonathan'], kate: ['katherine', 'catherine'], kathy: ['kathleen', 'katherine'],
  ken: ['kenneth'], larry: ['lawrence'], liz: ['elizabeth'], maggie: ['margaret'], matt: ['matthew'],
  mike: ['michael'], mick: ['michael'], nick: ['nicholas'], pat: ['patrick', 'patricia'], peggy: ['margaret'],
  pete: ['peter'], phil: ['philip', 'phillip'], ray: ['raymond'], rich: ['richard'], rick: ['richard'],
  ron: ['ronald'], sam: ['samuel', 'samantha'], steve: ['steven', 'stephen'], sue: ['susan'], ted: ['edward', 'theodore'],
  tim: ['timothy'], tom: ['thomas'], tommy: ['thomas'], tony: ['anthony'], vicky: ['victoria'], walt: ['walter'],
  will: ['william'], zach: ['zachary'],
};
