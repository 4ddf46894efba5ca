module.exports = eval("require")("..");
