import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document/read-document.js';
import { findEntities } from '../../src/extract/entities/index.js';
import { entityMentioning } from './helpers.js';

describe('roles', () => {
  it.each([
    ['According to US Secretary of State Jane Roe, it is so.', 'Jane Roe', ['US Secretary of State']],
    ['Chinese President Xi Jinping spoke.', 'Xi Jinping', ['Chinese President']],
    ['According to Antonio Tajani, the foreign minister of Italy, on Friday it rained.', 'Antonio Tajani', ['the foreign minister of Italy']],
    ['After meeting Wang Yi, China’s senior diplomat, at the talks, he left.', 'Wang Yi', ['China’s senior diplomat']],
    ['It was said by senior diplomat Wang Yi on Monday.', 'Wang Yi', ['senior diplomat']],
    ['On Friday the Chinese President, Mr. Xi, is due to speak.', 'Mr. Xi', ['the Chinese President']],
    // Offices written before the name become roles, never part of it.
    ['Councillor Dale Fournier voted against it.', 'Dale Fournier', ['Councillor']],
    ['Danish Fisheries Minister Lars Holm-Nielsen said so.', 'Lars Holm-Nielsen', ['Danish Fisheries Minister']],
    ['U.S. District Judge R.K. Osei said so.', 'R.K. Osei', ['U.S. District Judge']],
    ['Justice Rowena Fairclough ruled.', 'Rowena Fairclough', ['Justice']],
    // The court a judge sits on is part of the title: "Supreme Court Justice", "Superior Court Judge".
    ['Supreme Court Justice Mara Quist wrote the dissent.', 'Mara Quist', ['Supreme Court Justice']],
    ['Superior Court Judge Abel Strom denied bail.', 'Abel Strom', ['Superior Court Judge']],
    ['Central Bank Governor Ada Fox said rates would rise.', 'Ada Fox', ['Central Bank Governor']],
    ['The army chief, Major-General Ivan Petrov, spoke.', 'Ivan Petrov', ['Major-General']],
    // An office written short is a title like one written in full.
    ['Gov. Ilse Moravec signed the bill.', 'Ilse Moravec', ['Gov.']],
    ['Lt. Gov. Tomas Reyna presided.', 'Tomas Reyna', ['Lt. Gov.']],
    ['The vote was close, Sen. Oren Platt said.', 'Oren Platt', ['Sen.']],
    // So is one after its place and a word of time: the place is a name of its own.
    ['Former Nebraska Gov. Wilma Strand backed the levy.', 'Wilma Strand', ['Former Nebraska Gov.']],
    ['The levy was backed by former Nebraska Gov. Wilma Strand on Friday.', 'Wilma Strand', ['Nebraska Gov.']],
    ['New Hampshire Rep. Hal Quintero voted no.', 'Hal Quintero', ['New Hampshire Rep.']],
    // A place of two words whose second names a country is still the place of the office.
    ['New Mexico Rep. Corin Vale voted for the levy.', 'Corin Vale', ['New Mexico Rep.']],
    ['Former New Mexico Gov. Ada Quill opened the dam.', 'Ada Quill', ['Former New Mexico Gov.']],
    // An office written short whose full stop is read apart from it, and "then-" or "ex-" joined to it.
    ['Then-Gov. Pia Lorne vetoed the levy.', 'Pia Lorne', ['Then-Gov.']],
    ['The dam was opened by then-Gov. Pia Lorne in May.', 'Pia Lorne', ['then-Gov.']],
    ['The toll was cut by ex-Gov. Ruth Amsel in May.', 'Ruth Amsel', ['ex-Gov.']],
    ['Atty. Gen. Nils Varga dropped the charges.', 'Nils Varga', ['Atty. Gen.']],
    // An appositive after the name with no article, or with the office's owner before it.
    ['“We will not back down,” said Maria Lopez, president of the dockworkers union.', 'Maria Lopez', ['president of the dockworkers union']],
    ['“We will not back down,” said Maria Lopez, the union’s president.', 'Maria Lopez', ['the union’s president']],
    ['The plan is sound, said Ada Quill, Halvor’s chief executive, on Monday.', 'Ada Quill', ['Halvor’s chief executive']],
    ['“It was fair,” said Ada Quill, the chairwoman of the city’s board of appeals.', 'Ada Quill', ['the chairwoman of the city’s board of appeals']],
    // An appositive before the name opened by "a" or a possessive, or with the office's owner.
    ['A spokesman for the campaign, Ivo Brandt, said it was fine.', 'Ivo Brandt', ['A spokesman for the campaign']],
    ['His spokesman, Ivo Brandt, said it was fine.', 'Ivo Brandt', ['His spokesman']],
    ['The company’s chief executive, Ivo Brandt, said it was fine.', 'Ivo Brandt', ['The company’s chief executive']],
  ])('%s', (text, mention, roles) => {
    expect(entityMentioning(text, mention)?.roles).toEqual(roles);
  });

  it.each([
    ['Kenyan President Amani Wekesa, an ally of Ghanaian President Kofi Asante, spoke.', 'Amani Wekesa', ['Kenyan President']],
    ['The Wagner Group, a mercenary organization that fights, grew.', 'Wagner Group', []],
    ['After meeting Wang Yi, he left.', 'Wang Yi', []],
    // A relation to a person, not an office, after the name.
    ['We met Ann Roe, the mayor’s daughter, at the fair.', 'Ann Roe', []],
    ['We met Ann Roe, a friend of the president, at the fair.', 'Ann Roe', []],
    // A phrase set off after another name belongs to that name.
    ['It was signed by Lee Varga, a lawyer for the clerk, Ivo Brandt, on Monday.', 'Ivo Brandt', []],
    // A courtesy honorific stays in the name and is no role.
    ['Mr. Wang Yi left.', 'Mr. Wang Yi', []],
    ['Dr. Ilse Moravec left.', 'Dr. Ilse Moravec', []],
    // So does a rank.
    ['Col. Ilse Moravec left.', 'Col. Ilse Moravec', []],
    // A nationality that opens the run is no place of an office.
    ['Mexican Rosa Ibarra won the race.', 'Rosa Ibarra', []],
    // "then" that is not joined to the office is no part of a title.
    ['The vote was close. Then Gov. Ilse Moravec left.', 'Ilse Moravec', ['Gov.']],
  ])('adds no role that is not an office: %s', (text, mention, roles) => {
    expect(entityMentioning(text, mention)?.roles).toEqual(roles);
  });

  it('types the holder of an office written short after its place as a person, and the place as a place', () => {
    const entities = findEntities(readDocument('Former Nebraska Gov. Wilma Strand backed the levy.')).entities;
    expect(entities.map((e) => [e.type, e.name])).toEqual([['GPE', 'Nebraska'], ['PERSON', 'Wilma Strand']]);
  });

  it('keeps the place of an office written without a name', () => {
    const entities = findEntities(readDocument('He met the Archbishop of Cape Town.')).entities;
    expect(entities.map((e) => e.name)).toEqual(['Cape Town']);
  });

  it('keeps a court named without a judge as an organisation', () => {
    const entities = findEntities(readDocument('The Supreme Court heard the case. Later the High Court Registry closed.')).entities;
    expect(entities.map((e) => [e.name, e.type])).toContainEqual(['Supreme Court', 'ORG']);
  });

  it('drops a title written without a name', () => {
    const entities = findEntities(readDocument('The Prime Minister spoke.')).entities;
    expect(entities).toEqual([]);
  });
});
