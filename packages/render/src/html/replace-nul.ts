import type { Root } from 'hast'
import { visit } from 'unist-util-visit'

const nul = /\0/g

/**
 * Replace NUL characters with U+FFFD in every text and attribute value, as
 * an HTML parser would (it drops or replaces them): what the page shows then
 * equals what the article holds.
 */
export function replaceNul(tree: Root): Root {
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'comment') node.value = node.value.replace(nul, '\uFFFD')
    else if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[key] = value.replace(nul, '\uFFFD')
      }
    }
  })
  return tree
}
